export { Member, type MemberOptions } from './member.js';
export { SharedAddress, roomHello, type SharedAddressOptions } from './shared-address.js';
export type { Service, ServiceHost, StopOptions } from './service.js';
