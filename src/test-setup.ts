// Dexie tests in Node run against an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { inProcessWorkers } from './state/in-process-workers';
import { setBaselineWorkers } from './state/workers';

// jsdom and Node have no Web Workers: screens under test run the workers' own code in-process.
if (typeof Worker === 'undefined') setBaselineWorkers(inProcessWorkers);
