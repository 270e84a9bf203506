/*! Exhibition embed resizer. MIT licence. <script src="…/embed.js" async></script> after the iframe(s).
 * Resizes every <iframe data-exhibition-embed> to the height its page reports (pym.js or AMP embed-size messages).
 * Without this script the iframe keeps its 480 px height and the embed scrolls inside it. */
(function () {
	function frameOf(source) {
		var frames = document.querySelectorAll('iframe[data-exhibition-embed]');
		for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
		return null;
	}
	window.addEventListener('message', function (event) {
		var frame = frameOf(event.source);
		if (!frame || new URL(frame.src, location.href).origin !== event.origin) return;
		var data = event.data;
		var height = 0;
		if (typeof data === 'string' && data.indexOf('pymxPYMx') === 0) {
			var parts = data.split('xPYMx');
			if (parts[2] === 'height') height = Number(parts[3]);
		} else if (data && data.sentinel === 'amp' && data.type === 'embed-size') {
			height = Number(data.height);
		}
		if (height > 0 && height < 100000) frame.style.height = Math.ceil(height) + 'px';
	});
})();
