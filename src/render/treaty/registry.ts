/**
 * The treaty-serialiser registry: plain text, Akoma Ntoso and JSON are built in; others plug in with
 * {@link registerTreatySerializer}.
 *
 * @module
 */
import { TreatyDiffError } from '../../model/errors.js';
import type { Treaty } from '../../model/types.js';
import { aknSerializer } from './akn.js';
import type { TreatySerializeOptions, TreatySerializer } from './format.js';
import { jsonSerializer } from './json.js';
import { textSerializer } from './text.js';
import { requireTreaty } from '../../model/witness.js';

const serializers: TreatySerializer[] = [textSerializer, aknSerializer, jsonSerializer];

/** Registered treaty serialisers. */
export function treatySerializers(): readonly TreatySerializer[] {
  return [...serializers];
}

/** Register (or replace, by name) a treaty serialiser. */
export function registerTreatySerializer(serializer: TreatySerializer): void {
  const i = serializers.findIndex((s) => s.name === serializer.name);
  if (i !== -1) serializers[i] = serializer;
  else serializers.push(serializer);
}

/**
 * Serialise a treaty in a registered format (`text`, `akn`, `json` …). Throws `UNKNOWN_FORMAT` listing
 * the known names.
 */
export function serializeTreaty(treaty: Treaty, format: string, options: TreatySerializeOptions = {}): string {
  requireTreaty(treaty, 'serializeTreaty: the treaty');
  const s = serializers.find((x) => x.name === format);
  if (!s)
    throw new TreatyDiffError('UNKNOWN_FORMAT', `unknown output format ${JSON.stringify(format)}`, {
      hint: `known formats: ${serializers.map((x) => x.name).join(', ')}`,
    });
  return s.serialize(treaty, options);
}
