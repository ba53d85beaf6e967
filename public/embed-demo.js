// The demo page's own script: keeps the height messages it receives (tests read them) and wires the button.
window.__heights = [];
window.addEventListener('message', function (e) {
  if (e.data && e.data.type === 'token-cost:height') window.__heights.push({ from: e.source === document.getElementById('small').contentWindow ? 'small' : 'large', height: e.data.height });
});
document.getElementById('low').addEventListener('click', function () {
  window.tokenCost.set(document.getElementById('large'), { rent: 1.7 });
});
