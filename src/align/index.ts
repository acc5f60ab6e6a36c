/** Pipeline stage `align`. @module */
export {};
