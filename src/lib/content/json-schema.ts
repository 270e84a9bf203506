import { z } from 'zod';
import { files } from './schema';

/** JSON Schema (draft 2020-12) for each data file, describing what a curator writes (the schema's input side). */
export function jsonSchemas(): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(files).map(([name, schema]) => [
			name,
			{
				...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
				title: `${name} file of the exhibition data`
			}
		])
	);
}
