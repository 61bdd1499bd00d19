export { EnsembleMember, startMember, type MemberOptions, type ShutdownOptions, type ShutdownReport } from './member.js';
export { SharedAddress, PEER_HELLO, type SharedAddressOptions } from './shared-address.js';
