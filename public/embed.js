/*
 * Parent-side helper for embedding a chart of "What does a token cost to make?" in a page or a slide deck.
 * Protocol (README, "Embedding"): each frame posts {type: "token-cost:height", height} when its height
 * changes; send it {type: "token-cost:set", state: {rent: 3, lang: "zh", ...}} to move it to a new state
 * (link parameters, clamped like a link). Frames marked data-token-cost="auto" take the height they report.
 *
 *   <iframe data-token-cost="auto" src="https://…/?embed=cost-stack&lang=en" width="800" height="450"></iframe>
 *   <script src="https://…/embed.js"></script>
 *   <script>tokenCost.set(document.querySelector('iframe'), { rent: 1.7 });</script>
 */
(function () {
  'use strict';
  var PREFIX = 'token-cost';
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== PREFIX + ':height' || typeof d.height !== 'number' || !(d.height > 0)) return;
    var frames = document.querySelectorAll('iframe[data-token-cost="auto"]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.min(Math.ceil(d.height), 10000) + 'px';
    }
  });
  window.tokenCost = {
    /** set(iframe, state): move an embedded chart to the state given as link parameters. */
    set: function (iframe, state) {
      iframe.contentWindow.postMessage({ type: PREFIX + ':set', state: state }, '*');
    },
  };
})();
