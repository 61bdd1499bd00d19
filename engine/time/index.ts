export type { Clock, Timer } from './clock.js';
export { RealClock, realClock } from './real-clock.js';
export { SimulatedClock } from './simulated-clock.js';
export { Random } from './random.js';
