// Dexie tests in Node run against an in-memory IndexedDB.
import 'fake-indexeddb/auto';
