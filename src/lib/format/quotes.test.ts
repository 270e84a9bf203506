import { describe, expect, it } from 'vitest';
import { innerQuotes } from './quotes';

describe('innerQuotes', () => {
	it('turns a quoted title’s own double quotes into single ones', () => {
		expect(innerQuotes('蒋敏荣获第七届“中国十大女杰”')).toBe('蒋敏荣获第七届‘中国十大女杰’');
		expect(innerQuotes('“羌绣帮扶计划”助灾区羌族妇女就业')).toBe('‘羌绣帮扶计划’助灾区羌族妇女就业');
		expect(innerQuotes('The "Qiang embroidery" plan')).toBe('The ‘Qiang embroidery’ plan');
		expect(innerQuotes('赵一曼在珠河就义')).toBe('赵一曼在珠河就义');
	});
});
