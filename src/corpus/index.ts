/** Built-in corpus. @module */
export {};
