/*
 * Marking the body chart by pointing: a click on an editable chart sends the point, in the drawing's
 * own coordinates, to the page's addMarkAtPoint command, which adds the mark and draws the chart again.
 */
(function () {
  document.addEventListener('click', function (event) {
    var chart = event.target.closest ? event.target.closest('svg.portal-bodychart-editable') : null;
    if (!chart || typeof window.addMarkAtPoint !== 'function') {
      return;
    }
    var point = chart.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var inDrawing = point.matrixTransform(chart.getScreenCTM().inverse());
    window.addMarkAtPoint([
      {name: 'x', value: inDrawing.x.toFixed(1)},
      {name: 'y', value: inDrawing.y.toFixed(1)}
    ]);
  });
}());
