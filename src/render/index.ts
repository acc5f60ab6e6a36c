/** Pipeline stage `render`. @module */
export {};
