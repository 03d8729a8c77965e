/**
 * Makes a mouse click on one of the explorer's tabs switch to it.
 *
 * GraphiQL's tab bar is drag-to-reorder (framer-motion's Reorder). Its tabs keep inline transforms
 * left over from layout animations (on load they reach several hundred pixels), which GraphiQL's
 * own CSS hides only while a tab has no focus (`.graphiql-tab:not(:focus-within)`). Pressing the
 * mouse on a tab focuses it: the stale transform applies, the tab jumps away from under the
 * pointer, the release lands elsewhere and no click reaches the tab. So transforms stay hidden
 * until the pointer has moved while pressed, the point where framer-motion starts a drag (3 px):
 * a press and release in place is a click, a press and move is a drag, as before.
 */
const DRAGGING = 'data-coopgraph-dragging';

/** The style and script, for the end of the explorer's page. */
export const TAB_PRESS_FIX = `<style>.graphiql-tab:not([${DRAGGING}]) { transform: none !important; }</style>
<script>
(function () {
  var press = null;
  document.addEventListener('pointerdown', function (event) {
    var tab = event.button === 0 && event.target instanceof Element ? event.target.closest('.graphiql-tab') : null;
    press = tab ? { tab: tab, x: event.clientX, y: event.clientY } : null;
  }, true);
  document.addEventListener('pointermove', function (event) {
    if (press && !press.tab.hasAttribute('${DRAGGING}') && Math.hypot(event.clientX - press.x, event.clientY - press.y) >= 3) press.tab.setAttribute('${DRAGGING}', '');
  }, true);
  function release() {
    if (press) press.tab.removeAttribute('${DRAGGING}');
    press = null;
  }
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
})();
</script>`;
