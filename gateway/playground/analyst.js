/*
 * The analyst's bar under the sign-in bar: the query's estimated cost before it runs (a dry run
 * the gateway checks as if to run it), a table view of any list in the last answer, every page of
 * a list fetched with a progress bar and a cancel button, and the table as a CSV download.
 */
(function () {
  'use strict';
  var h = React.createElement;
  var T = window.SyncadTable;
  /** The most rows "all pages" gathers, and the most the page draws (the CSV has them all). */
  var MAX_ROWS = 20000;
  var DRAWN_ROWS = 1000;

  function parseVariables(text) {
    try {
      var value = text && text.trim() ? JSON.parse(text) : {};
      return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
    } catch (e) {
      return null;
    }
  }

  function number(n) {
    return Number(n).toLocaleString('en-US');
  }

  /** The estimated cost of the editor's operation, asked of the gateway half a second after typing stops. */
  function useCost(api, editing) {
    var state = React.useState(null);
    React.useEffect(
      function () {
        var variables = parseVariables(editing.variables);
        if (!editing.query || !editing.query.trim() || variables === null) {
          state[1](null);
          return undefined;
        }
        var stale = false;
        var timer = setTimeout(function () {
          api
            .post(editing.query, variables, {
              extensions: { dryRun: true },
              operationName: T.declaredOperation(editing.query, editing.operationName),
            })
            .then(function (answer) {
              if (stale) return;
              var cost = answer.extensions && answer.extensions.cost;
              var error = answer.errors && answer.errors[0];
              state[1]({
                cost: cost || (error && error.extensions && error.extensions.cost) || null,
                error: error ? error.message : null,
              });
            })
            .catch(function () {});
        }, 500);
        return function () {
          stale = true;
          clearTimeout(timer);
        };
      },
      [editing.query, editing.variables, editing.operationName],
    );
    return state[0];
  }

  function CostLabel(props) {
    var c = props.cost;
    if (!c) return h('span', { className: 'syncad-cost', 'data-testid': 'cost' }, 'Cost: write an operation');
    if (!c.cost) return h('span', { className: 'syncad-cost syncad-error', 'data-testid': 'cost' }, 'Not runnable: ' + c.error);
    var over = c.cost.estimated > c.cost.maxCost;
    return h(
      'span',
      {
        className: 'syncad-cost' + (over || c.error ? ' syncad-error' : ''),
        'data-testid': 'cost',
        title: 'depth ' + c.cost.depth + ' of ' + c.cost.maxDepth + ', ' + c.cost.fields + ' fields of ' + c.cost.maxFields,
      },
      'Estimated cost: ' +
        number(c.cost.estimated) +
        ' of ' +
        number(c.cost.maxCost) +
        ' values' +
        (c.error ? ' · refused: ' + c.error : ''),
    );
  }

  function Table(props) {
    var table = props.table;
    var shown = table.rows.slice(0, DRAWN_ROWS);
    return h(
      'div',
      { className: 'syncad-table-wrap' },
      h(
        'table',
        { className: 'syncad-table', 'data-testid': 'table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            table.columns.map(function (c) {
              return h('th', { key: c }, c);
            }),
          ),
        ),
        h(
          'tbody',
          null,
          shown.map(function (row, i) {
            return h(
              'tr',
              { key: i },
              table.columns.map(function (c) {
                var v = row[c];
                return h('td', { key: c }, v === null || v === undefined ? '' : String(v));
              }),
            );
          }),
        ),
      ),
      table.rows.length > shown.length
        ? h('p', null, 'Showing the first ' + number(shown.length) + ' of ' + number(table.rows.length) + ' rows; the CSV has them all.')
        : null,
    );
  }

  /** Saves `text` as a UTF-8 file; the byte order mark makes spreadsheets read it as UTF-8 (names with accents). */
  function download(name, text) {
    var url = URL.createObjectURL(new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  }

  /** props: api { post }, editing { query, variables, operationName }, last { query, variables, operationName, answer } | null. */
  function AnalystBar(props) {
    var cost = useCost(props.api, props.editing);
    var open = React.useState(false);
    var picked = React.useState(null);
    var gathered = React.useState(null); // { path, rows } from "all pages"
    var paging = React.useState(null); // { rows, total, pages, running, note }
    var cancel = React.useRef(null);
    var last = props.last;
    var lists = last && last.answer && last.answer.data ? T.listsIn(last.answer.data) : [];
    var path = picked[0] && lists.some((l) => l.path === picked[0]) ? picked[0] : lists.length ? lists[0].path : null;

    // A new answer replaces what "all pages" gathered (and stops a run still going); so does leaving.
    React.useEffect(
      function () {
        var stopRun = function () {
          if (cancel.current) cancel.current.abort();
          cancel.current = null;
        };
        stopRun();
        gathered[1](null);
        paging[1](null);
        return stopRun;
      },
      [last],
    );

    var rows = gathered[0] && gathered[0].path === path ? gathered[0].rows : (lists.find((l) => l.path === path) || { rows: [] }).rows;
    var table = T.tableOf(rows);

    function allPages() {
      var name = T.afterVariable(last.query);
      var first = T.connectionOf(last.answer.data, path);
      if (
        !first ||
        !first.connection.pageInfo ||
        !('endCursor' in first.connection.pageInfo) ||
        !('hasNextPage' in first.connection.pageInfo)
      ) {
        paging[1]({ note: 'This list has no pageInfo { endCursor hasNextPage }: select them to fetch every page.' });
        return;
      }
      if (!name) {
        paging[1]({ note: 'Pass the list\u2019s after: argument as a variable (e.g. after: $after) to fetch every page.' });
        return;
      }
      var stop = new AbortController();
      cancel.current = stop;
      // From the answer's own page, not what an earlier run gathered.
      var all = (lists.find((l) => l.path === path) || { rows: [] }).rows.slice();
      var total = first.connection.totalCount;
      var pageInfo = first.connection.pageInfo;
      var pages = 1;
      var report = function (running, note) {
        if (cancel.current !== stop) return; // a new answer or leaving stopped this run: nothing to show
        paging[1]({ rows: all.length, total: total, pages: pages, running: running, note: note || null });
      };
      report(true);
      (function next() {
        if (stop.signal.aborted) return report(false, 'Cancelled after ' + pages + ' pages.');
        if (!pageInfo.hasNextPage) {
          gathered[1]({ path: path, rows: all });
          return report(false, 'All ' + pages + ' pages.');
        }
        if (all.length >= MAX_ROWS) {
          gathered[1]({ path: path, rows: all });
          return report(false, 'Stopped at ' + number(MAX_ROWS) + ' rows.');
        }
        var variables = Object.assign({}, last.variables);
        variables[name] = pageInfo.endCursor;
        props.api
          .post(last.query, variables, { operationName: last.operationName, signal: stop.signal })
          .then(function (answer) {
            var error = answer.errors && answer.errors[0];
            var page = answer.data && T.connectionOf(answer.data, path);
            if (error || !page) return report(false, 'Stopped: ' + (error ? error.message : 'the list is missing from a page'));
            var list = T.listsIn(answer.data).find((l) => l.path === path);
            all = all.concat(list ? list.rows : []);
            pageInfo = page.connection.pageInfo;
            pages += 1;
            gathered[1]({ path: path, rows: all });
            report(true);
            next();
          })
          .catch(function () {
            report(false, stop.signal.aborted ? 'Cancelled after ' + pages + ' pages.' : 'The API cannot be reached.');
          });
      })();
    }

    var p = paging[0];
    return h(
      React.Fragment,
      null,
      h(
        'div',
        { className: 'syncad-bar syncad-analyst' },
        h(CostLabel, { cost: cost }),
        h(
          'button',
          { 'data-testid': 'table-toggle', onClick: () => open[1](!open[0]), 'aria-pressed': open[0] },
          open[0] ? 'Hide table' : 'Table view',
        ),
        open[0] && lists.length > 1
          ? h(
              'select',
              { 'aria-label': 'list', value: path || '', onChange: (e) => picked[1](e.target.value) },
              lists.map((l) => h('option', { key: l.path, value: l.path }, l.path)),
            )
          : null,
        open[0] && path ? h('button', { 'data-testid': 'all-pages', onClick: allPages, disabled: !!(p && p.running) }, 'All pages') : null,
        p && p.running ? h('progress', { 'data-testid': 'progress', value: p.rows, max: p.total || undefined }, p.rows + ' rows') : null,
        p && (p.running || p.note)
          ? h(
              'span',
              { 'data-testid': 'paging' },
              (p.rows !== undefined
                ? 'Page ' + p.pages + ' · ' + number(p.rows) + (p.total ? ' of ' + number(p.total) : '') + ' rows. '
                : '') + (p.note || ''),
            )
          : null,
        p && p.running ? h('button', { 'data-testid': 'cancel', onClick: () => cancel.current && cancel.current.abort() }, 'Cancel') : null,
        open[0] && path
          ? h(
              'button',
              {
                'data-testid': 'csv',
                onClick: () => download((last.operationName || T.firstOperationName(last.query) || path) + '.csv', T.toCsv(table)),
              },
              'Download CSV',
            )
          : null,
      ),
      open[0]
        ? h(
            'div',
            { className: 'syncad-table-panel' },
            path ? h(Table, { table: table }) : h('p', null, 'Run a query whose answer holds a list: its rows show here as a table.'),
          )
        : null,
    );
  }

  window.SyncadAnalyst = { AnalystBar: AnalystBar };
})();
