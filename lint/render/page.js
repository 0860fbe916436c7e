// Runs in the browser: renders one diagram with bpmn-js and checks the drawing as a person sees it.
// Writes {warnings, problems} as JSON into <pre id="result">.
/* global BpmnJS, DIAGRAM */
(async function() {
  const result = { warnings: [], problems: [] };
  const out = document.getElementById('result');
  try {
    const viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(DIAGRAM);
    result.warnings = warnings.map(w => w.message);
    viewer.get('canvas').zoom('fit-viewport');
    const all = viewer.get('elementRegistry').getAll();
    const shapes = all.filter(e => !e.waypoints && e.type !== 'label' && e.parent && e.businessObject.$type !== 'bpmn:Process');
    const connections = all.filter(e => e.waypoints && e.type === 'bpmn:SequenceFlow');
    result.problems.push(...loose(connections), ...crossings(connections, shapes), ...overlaps(connections));
  } catch (error) {
    result.problems.push('not rendered: ' + error.message);
  }
  out.textContent = JSON.stringify(result);

  /** A flow drawn from or to a point off its source or target (its arrow then ends in mid-air or on another flow). */
  function loose(connections) {
    const found = [];
    for (const c of connections) {
      const first = c.waypoints[0], last = c.waypoints[c.waypoints.length - 1];
      if (!onBorder(first, c.source) || !onBorder(last, c.target)) {
        found.push(`flow ${c.id} does not ${onBorder(first, c.source) ? 'end at ' + c.target.id : 'start at ' + c.source.id}`);
      }
    }
    return found;
  }

  function onBorder(point, shape) {
    const near = 4;
    return point.x >= shape.x - near && point.x <= shape.x + shape.width + near
      && point.y >= shape.y - near && point.y <= shape.y + shape.height + near;
  }

  /** A flow that passes through a shape other than its own ends (a boundary event's host counts as its own). */
  function crossings(connections, shapes) {
    const found = [];
    for (const c of connections) {
      const own = new Set([c.source, c.target, c.source.host, c.target.host].filter(Boolean).map(e => e.id));
      for (const s of shapes) {
        if (own.has(s.id) || isAncestor(s, c)) {
          continue;
        }
        const container = s.businessObject.$type === 'bpmn:SubProcess' && s.children && s.children.length;
        if (segments(c).some(([p, q]) => container ? crossesBorder(p, q, s) : entersInside(p, q, s))) {
          found.push(`flow ${c.id} crosses ${s.id}`);
        }
      }
    }
    return found;
  }

  /** Two flows drawn on top of each other for more than a few pixels. */
  function overlaps(connections) {
    const found = [];
    for (let i = 0; i < connections.length; i++) {
      for (let j = i + 1; j < connections.length; j++) {
        const shared = segments(connections[i]).some(a => segments(connections[j]).some(b => collinearOverlap(a, b) > 2));
        if (shared) {
          found.push(`flows ${connections[i].id} and ${connections[j].id} overlap`);
        }
      }
    }
    return found;
  }

  function isAncestor(shape, connection) {
    for (let p = connection.parent; p; p = p.parent) {
      if (p === shape) {
        return true;
      }
    }
    return false;
  }

  function segments(c) {
    return c.waypoints.slice(1).map((q, i) => [c.waypoints[i], q]);
  }

  function entersInside(p, q, s) {
    const x = s.x + 3, y = s.y + 3, w = s.width - 6, h = s.height - 6;
    let t0 = 0, t1 = 1;
    const dx = q.x - p.x, dy = q.y - p.y;
    for (const [pp, qq] of [[-dx, p.x - x], [dx, x + w - p.x], [-dy, p.y - y], [dy, y + h - p.y]]) {
      if (pp === 0) {
        if (qq < 0) {
          return false;
        }
      } else {
        const t = qq / pp;
        if (pp < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
      }
    }
    return t0 < t1;
  }

  function crossesBorder(p, q, s) {
    const inside = a => a.x > s.x && a.x < s.x + s.width && a.y > s.y && a.y < s.y + s.height;
    return inside(p) !== inside(q);
  }

  function collinearOverlap([p1, q1], [p2, q2]) {
    if (p1.y === q1.y && p2.y === q2.y && p1.y === p2.y) {
      return Math.min(Math.max(p1.x, q1.x), Math.max(p2.x, q2.x)) - Math.max(Math.min(p1.x, q1.x), Math.min(p2.x, q2.x));
    }
    if (p1.x === q1.x && p2.x === q2.x && p1.x === p2.x) {
      return Math.min(Math.max(p1.y, q1.y), Math.max(p2.y, q2.y)) - Math.max(Math.min(p1.y, q1.y), Math.min(p2.y, q2.y));
    }
    return 0;
  }
})();
