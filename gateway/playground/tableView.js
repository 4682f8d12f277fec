/*
 * The playground's table view, as pure functions (no DOM), so Node unit tests run them too: the
 * lists in an answer, a list's rows flattened into columns (nested objects as dotted columns), the
 * connection a list belongs to (for "all pages"), and CSV.
 */
(function (root) {
  'use strict';

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  /**
   * Every list of objects in `data`, outside other lists, as { path, rows }: a connection's
   * `nodes`, or its `edges` read as their nodes, and any other list of objects (an aggregate's groups).
   */
  function listsIn(data) {
    var found = [];
    function visit(value, path) {
      if (Array.isArray(value)) {
        if (value.some(isObject)) found.push({ path: path.join('.'), rows: value.filter(isObject) });
        return;
      }
      if (!isObject(value)) return;
      var hasNodes = Array.isArray(value.nodes);
      Object.keys(value).forEach(function (key) {
        if (key === 'edges' && hasNodes) return; // the same rows as nodes
        if (key === 'edges' && Array.isArray(value.edges)) {
          found.push({
            path: path.concat('edges').join('.'),
            rows: value.edges.filter(isObject).map(function (edge) {
              return isObject(edge.node) ? edge.node : edge;
            }),
          });
          return;
        }
        visit(value[key], path.concat(key));
      });
    }
    visit(data, []);
    return found;
  }

  /** The value at a dotted path. */
  function at(data, path) {
    return path.split('.').reduce(function (value, key) {
      return value == null ? undefined : value[key];
    }, data);
  }

  /** The connection a list path belongs to ("students.nodes" -> the students connection), when it has pageInfo. */
  function connectionOf(data, listPath) {
    var parts = listPath.split('.');
    var last = parts[parts.length - 1];
    if (last !== 'nodes' && last !== 'edges') return null;
    var path = parts.slice(0, -1).join('.');
    var connection = at(data, path);
    return isObject(connection) && isObject(connection.pageInfo) ? { path: path, connection: connection } : null;
  }

  /** A row as { "a.b": value }: nested objects dotted, lists of scalars joined, lists of objects as JSON. */
  function flatten(row) {
    var out = {};
    function visit(value, prefix) {
      if (isObject(value)) {
        var keys = Object.keys(value);
        if (keys.length === 0 && prefix) out[prefix] = '';
        keys.forEach(function (key) {
          visit(value[key], prefix ? prefix + '.' + key : key);
        });
      } else if (Array.isArray(value)) {
        out[prefix] = value.some(isObject) ? JSON.stringify(value) : value.join('; ');
      } else {
        out[prefix] = value;
      }
    }
    visit(row, '');
    return out;
  }

  /** Flattened rows and their columns, in the order columns are first met. */
  function tableOf(rows) {
    var flat = rows.map(flatten);
    var columns = [];
    var seen = {};
    flat.forEach(function (row) {
      Object.keys(row).forEach(function (column) {
        if (!seen[column]) {
          seen[column] = true;
          columns.push(column);
        }
      });
    });
    return { columns: columns, rows: flat };
  }

  /**
   * A CSV cell: quoted when it holds a comma, quote or line break; a text that a spreadsheet would
   * run as a formula (=, +, @, or - not starting a number) is prefixed with ' so it stays text.
   */
  function csvCell(value) {
    if (value === null || value === undefined) return '';
    var text = String(value);
    if (typeof value === 'string' && /^([=+@\t\r]|-(?![\d.]))/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** RFC 4180 CSV: a header line of the columns, then one line per row, CRLF-separated. */
  function toCsv(table) {
    var lines = [table.columns.map(csvCell).join(',')];
    table.rows.forEach(function (row) {
      lines.push(
        table.columns
          .map(function (column) {
            return csvCell(row[column]);
          })
          .join(','),
      );
    });
    return lines.join('\r\n') + '\r\n';
  }

  /** The variable passed as the `after` argument in the query text, when there is exactly one. */
  function afterVariable(query) {
    var names = [];
    var pattern = /\bafter\s*:\s*\$(\w+)/g;
    var match;
    while ((match = pattern.exec(query || ''))) if (names.indexOf(match[1]) < 0) names.push(match[1]);
    return names.length === 1 ? names[0] : null;
  }

  /**
   * The operation to run: `name` when the text declares it (GraphiQL can pass a stale one after a
   * tab's text is replaced), else null (the server runs the document's only operation).
   */
  function declaredOperation(query, name) {
    if (!name || !/^\w+$/.test(name)) return null;
    return new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(query || '') ? name : null;
  }

  /** The first operation name the text declares (for a file name), or null. */
  function firstOperationName(query) {
    var match = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query || '');
    return match ? match[1] : null;
  }

  var api = {
    declaredOperation: declaredOperation,
    firstOperationName: firstOperationName,
    listsIn: listsIn,
    at: at,
    connectionOf: connectionOf,
    flatten: flatten,
    tableOf: tableOf,
    toCsv: toCsv,
    afterVariable: afterVariable,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.SyncadTable = api;
})(this);
