import test from 'ava';
import { conformance } from '../../conformance/index.js';
import adapter from '../../examples/custom-adapter/conformance.js';

// The worked example of docs/adapters.md, an adapter over worker_threads MessagePorts written
// from scratch against the package's exports, passes the whole suite. It declares persistence.
conformance(test, adapter);
