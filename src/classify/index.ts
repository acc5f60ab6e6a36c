/** Pipeline stage `classify`. @module */
export {};
