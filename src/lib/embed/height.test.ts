import { describe, expect, it } from 'vitest';
import { ampMessage, pymMessage } from './height';

describe('embed height messages', () => {
	it('speaks pym.js: pym, child id, message type and value joined by xPYMx', () => {
		expect(pymMessage('lesson-3', 812)).toBe('pymxPYMxlesson-3xPYMxheightxPYMx812');
	});

	it('speaks AMP: embed-size with the amp sentinel', () => {
		expect(ampMessage(812)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
	});
});
