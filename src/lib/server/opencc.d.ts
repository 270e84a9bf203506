/** OpenCC's traditional → simplified character table as opencc-js ships it: "趙 赵|後 后|…" (no types of its own). */
declare module 'opencc-js/dict/TSCharacters' {
	const table: string;
	export default table;
}
