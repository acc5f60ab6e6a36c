/** Node-only helpers (file system). @module */
export {};
