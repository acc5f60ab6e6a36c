/** Pipeline stage `parse`. @module */
export {};
