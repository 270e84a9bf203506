// What a reader downloads to open one prerendered page of build/: the HTML, the stylesheets it links and the
// JavaScript it loads before the page is interactive (the modules it preloads and everything they import
// statically), each gzipped as a server would send it. Modules loaded later with import() are not counted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static imports in a built module: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const LINK = /<link\b[^>]*>/g;
/** @param {string} tag @param {string} name */
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];

/**
 * Creates a measurer for one build directory; it caches gzip sizes and import graphs across pages.
 * @param {string} buildDir
 */
export function routeSizer(buildDir) {
	const root = resolve(buildDir);
	/** @type {Map<string, number>} */
	const gzipped = new Map();
	/** @type {Map<string, string[]>} */
	const imports = new Map();

	/** @param {string} file @returns {number} */
	const gz = (file) => {
		if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
		return /** @type {number} */ (gzipped.get(file));
	};
	/** @param {string} file @returns {string[]} */
	const staticImports = (file) => {
		if (!imports.has(file)) {
			const code = readFileSync(file, 'utf8');
			imports.set(
				file,
				[...code.matchAll(STATIC_IMPORT)].map((m) => resolve(dirname(file), m[1])).filter((f) => existsSync(f))
			);
		}
		return /** @type {string[]} */ (imports.get(file));
	};
	/** A page's `./_app/…` or `/_app/…` href as a file in the build. @param {string} page @param {string} href */
	const fileOf = (page, href) =>
		href.startsWith('/') ? join(root, href.split('?')[0]) : resolve(dirname(page), href.split('?')[0]);

	/**
	 * @param {string} page absolute path of an .html file in the build
	 * @returns {{ html: number, css: number, js: number, stylesheets: string[], scripts: string[] }} gzipped bytes,
	 *   and the files counted (relative to the build)
	 */
	return function measure(page) {
		const html = readFileSync(page, 'utf8');
		/** @type {string[]} */
		const stylesheets = [];
		/** @type {string[]} */
		const queue = [];
		for (const [tag] of html.matchAll(LINK)) {
			const rel = attr(tag, 'rel');
			const href = attr(tag, 'href');
			if (!href || /^[a-z]+:/i.test(href)) continue;
			if (rel === 'stylesheet') stylesheets.push(fileOf(page, href));
			if (rel === 'modulepreload') queue.push(fileOf(page, href));
		}
		/** @type {Set<string>} */
		const seen = new Set();
		while (queue.length) {
			const file = /** @type {string} */ (queue.pop());
			if (seen.has(file) || !existsSync(file)) continue;
			seen.add(file);
			queue.push(...staticImports(file));
		}
		/** @param {string[]} files */
		const sum = (files) => files.reduce((total, file) => total + gz(file), 0);
		/** @param {string[]} files */
		const inBuild = (files) => files.map((file) => relative(root, file));
		return {
			html: gz(page),
			css: sum(stylesheets),
			js: sum([...seen]),
			stylesheets: inBuild(stylesheets),
			scripts: inBuild([...seen])
		};
	};
}
