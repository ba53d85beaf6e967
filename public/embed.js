/*
 * Parent-side helper for embedding a chart of "What does a token cost to make?" in a page or a slide deck.
 * Protocol (README, "Embedding"): each frame posts {type: "token-cost:height", height} when its height
 * changes, and {type: "token-cost:state", state, query} whenever its state does; send it
 * {type: "token-cost:set", state: {rent: 3, lang: "zh", step: 4, ...}} to move it (link parameters, clamped
 * like a link; step: a story step and its case), or {type: "token-cost:get"} to hear its state.
 * Frames marked data-token-cost="auto" take the height they report (an article); a slide's frame keeps
 * the size it names, and with fit=1 in its link the chart scales to fill it.
 *
 *   <iframe src="https://…/?embed=cost-stack&fit=1&lang=en" width="800" height="450"></iframe>
 *   <script src="https://…/embed.js"></script>
 *   <script>
 *     var f = document.querySelector('iframe');
 *     tokenCost.set(f, { rent: 1.7 });
 *     tokenCost.onState(f, function (state) { console.log(state.rent); });
 *   </script>
 */
(function () {
  'use strict';
  var PREFIX = 'token-cost';
  var listeners = [];
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object') return;
    if (d.type === PREFIX + ':state' && d.state && typeof d.state === 'object') {
      for (var j = 0; j < listeners.length; j++) {
        if (listeners[j].frame.contentWindow === e.source) listeners[j].fn(d.state, d.query);
      }
      return;
    }
    if (d.type !== PREFIX + ':height' || typeof d.height !== 'number' || !(d.height > 0)) return;
    var frames = document.querySelectorAll('iframe[data-token-cost="auto"]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.min(Math.ceil(d.height), 10000) + 'px';
    }
  });
  window.tokenCost = {
    /** set(iframe, state): move an embedded chart to the state given as link parameters (step: a story step). */
    set: function (iframe, state) {
      iframe.contentWindow.postMessage({ type: PREFIX + ':set', state: state }, '*');
    },
    /** get(iframe): ask the chart for its state; it answers with a state message (onState). */
    get: function (iframe) {
      iframe.contentWindow.postMessage({ type: PREFIX + ':get' }, '*');
    },
    /** onState(iframe, fn): fn(state, query) each time the chart's state changes or is asked for. */
    onState: function (iframe, fn) {
      listeners.push({ frame: iframe, fn: fn });
    },
  };
})();
