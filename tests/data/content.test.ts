// Integrity of the real content in data/: what the curators must never break.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatError } from '$lib/content/check';
import { jsonSchemas } from '$lib/content/json-schema';
import { bibliography, bibliographyByPart } from '$lib/sources/bibliography';
import { recordHashes, staleKeys } from '$lib/server/modified';
import { readData } from './fixtures';

const input = readData('.');
const result = checkContent(input);
const content = (() => {
	if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
	return result.content;
})();

describe('data/', () => {
	it('passes every check of the content checker', () => {
		expect(result.ok).toBe(true);
	});

	it('has the four eras of the exhibition, back to back from 1921 to 2021', () => {
		expect(content.eras.map((e) => [e.start, e.end])).toEqual([
			[1921, 1949],
			[1949, 1978],
			[1978, 2012],
			[2012, 2021]
		]);
	});

	it('has Zhao Yiman and Jiang Zhujun, each with their own events and places', () => {
		for (const id of ['zhao-yiman', 'jiang-zhujun']) {
			const figure = content.figures.find((f) => f.id === id);
			expect(figure, id).toBeDefined();
			expect(content.indexes.eventsByFigure[id]?.length ?? 0).toBeGreaterThanOrEqual(3);
			expect(figure!.birth.place).toBeDefined();
			expect(figure!.death?.place).toBeDefined();
		}
	});

	it('records the disputed birth date of Zhao Yiman with every variant sourced', () => {
		const birth = content.figures.find((f) => f.id === 'zhao-yiman')!.birth.date;
		expect(birth.variants?.length).toBeGreaterThanOrEqual(2);
		expect(birth.usedBecause?.zh).toBeTruthy();
		for (const variant of birth.variants ?? []) expect(variant.sources.length).toBeGreaterThan(0);
	});

	it('gives every data file a "$schema" that exists, for completion in the editor', () => {
		// data/geo/ holds reference boundary data and modified.json is generated: neither is edited by a curator.
		const edited = (f: string) => f.endsWith('.json') && !f.startsWith('data/geo/') && f !== 'data/modified.json';
		for (const file of Object.keys(input.files).filter(edited)) {
			const { $schema } = JSON.parse(input.files[file]);
			expect($schema, file).toBeTypeOf('string');
			expect(existsSync(join(dirname(file), $schema)), `${file} → ${$schema}`).toBe(true);
		}
	});

	it('has a modified ledger that matches the content (run `npm run stamp`)', () => {
		const { records } = JSON.parse(readFileSync('data/modified.json', 'utf8'));
		expect(staleKeys(records, recordHashes(content))).toEqual([]);
		for (const { modified } of Object.values(records) as { modified: string }[]) {
			expect(modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('has JSON Schema files that are up to date with src/lib/content/schema.ts (run `npm run schemas`)', () => {
		for (const [name, schema] of Object.entries(jsonSchemas())) {
			const committed = JSON.parse(readFileSync(`data/schemas/${name}.schema.json`, 'utf8'));
			expect(committed, name).toEqual(schema);
		}
	});

	it('lists every source once in the bibliography, with where it is used', () => {
		const entries = bibliography(content, 'zh');
		const keys = entries.map((e) => e.source.url ?? e.source.title);
		expect(new Set(keys).size).toBe(keys.length);
		for (const entry of entries) expect(entry.usedIn.length).toBeGreaterThan(0);
		const cited = [...content.events, ...content.glossary].flatMap((r) => r.sources.map((s) => s.url ?? s.title));
		for (const key of cited) expect(keys).toContain(key);
		const term = content.glossary[0];
		const entry = entries.find(
			(e) => (e.source.url ?? e.source.title) === (term.sources[0].url ?? term.sources[0].title)
		);
		expect(entry?.usedIn.map((u) => u.path)).toContain(`/glossary/#${term.id}`);
	});

	it('splits the bibliography into parts by kind of source: each source in one part, numbered on across parts', () => {
		const all = bibliography(content, 'zh');
		const parts = bibliographyByPart(content, 'zh');
		expect(parts.flatMap((p) => p.entries)).toHaveLength(all.length);
		expect(new Set(parts.flatMap((p) => p.entries)).size).toBe(all.length);
		for (const part of parts) expect(part.entries.length, part.id).toBeGreaterThan(0);
		parts.slice(1).forEach((part, i) => expect(part.first).toBe(parts[i].first + parts[i].entries.length));
	});

	it('describes each source URL the same way wherever it is cited (the bibliography shows one description)', () => {
		const described = new Map<string, string>();
		const differing = new Set<string>();
		const visit = (value: unknown): void => {
			if (Array.isArray(value)) return value.forEach(visit);
			if (!value || typeof value !== 'object') return;
			const record = value as Record<string, unknown>;
			if (typeof record.url === 'string' && typeof record.publisher === 'string' && 'accessed' in record) {
				const fields = ['title', 'titleEn', 'publisher', 'publisherEn', 'author', 'published', 'kind', 'via', 'viaEn'];
				const description = JSON.stringify(fields.map((f) => record[f] ?? null));
				if ((described.get(record.url) ?? description) !== description) differing.add(record.url);
				described.set(record.url, description);
				return;
			}
			Object.values(record).forEach(visit);
		};
		visit(content);
		expect(described.size).toBeGreaterThan(500);
		expect([...differing]).toEqual([]);
	});

	it('sorts the English bibliography by the publisher as English pages show it', () => {
		const shown = bibliography(content, 'en').map((e) => e.source.publisherEn ?? e.source.publisher);
		const sorted = [...shown].sort((a, b) => a.localeCompare(b, 'en'));
		expect(shown).toEqual(sorted);
	});

	it('names the woman in the title of each event of her life, which lists and quizzes show without her page around it', () => {
		const lifeEvents = content.events.flatMap((event) => {
			const figure = content.figures.find((f) => event.id.startsWith(`${f.id}-`));
			return figure ? [{ event, figure }] : [];
		});
		expect(lifeEvents.length).toBeGreaterThan(50);
		const unnamed = lifeEvents
			.filter(({ event, figure }) => {
				const zh = [figure.name.zh, ...(figure.otherNames ?? []).map((n) => n.zh)];
				const en = [figure.name.en, ...(figure.otherNames ?? []).flatMap((n) => (n.en ? [n.en] : []))];
				return !zh.some((n) => event.title.zh.includes(n)) || !en.some((n) => event.title.en.includes(n));
			})
			.map(({ event }) => `${event.id}: ${event.title.zh} / ${event.title.en}`);
		expect(unnamed).toEqual([]);
	});
});
