/** Pipeline stage `diff`. @module */
export {};
