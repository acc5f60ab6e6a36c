/**
 * Small collection helpers shared by the pipeline stages (internal: not re-exported by the package).
 *
 * @module
 */

/** Append `value` to the list `map` holds under `key`, starting the list if there is none (no copy of the list). */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
