/** Pipeline stage `compare`. @module */
export {};
