/*
 * Saved queries in the playground's Examples panel: the caller's own and those shared with their
 * school, opened in a new tab like an example; the open tab saved under a name (private or shared);
 * the caller's own deleted. A shared query runs with the runner's own token, so their own permissions.
 */
(function () {
  'use strict';
  var h = React.createElement;
  var FIELDS = 'id name description query variables shared mine authorName changesData';

  /** props: api { post }, editor (GraphiQL's editor context), open(query, variables). */
  function SavedQueries(props) {
    var list = React.useState(null);
    var form = React.useState({ name: '', description: '', shared: false });
    var message = React.useState(null);
    var api = props.api;

    function reload() {
      api.post('{ savedQueries { ' + FIELDS + ' } }', {}).then(function (answer) {
        list[1](answer.data ? answer.data.savedQueries : []);
        if (answer.errors) message[1](answer.errors[0].message);
      });
    }
    React.useEffect(reload, []);

    function save(e) {
      e.preventDefault();
      var editor = props.editor;
      var variables = editor.variableEditor ? editor.variableEditor.getValue() : '';
      var input = {
        name: form[0].name,
        description: form[0].description || null,
        shared: form[0].shared,
        query: editor.queryEditor ? editor.queryEditor.getValue() : '',
        variables: variables && variables.trim() ? variables : null,
      };
      api.post('mutation Save($input: SaveQueryInput!) { saveQuery(input: $input) { id } }', { input: input }).then(function (answer) {
        if (answer.errors) return message[1](answer.errors[0].message);
        message[1]('Saved "' + input.name + '"' + (input.shared ? ', shared with the school.' : '.'));
        form[1]({ name: '', description: '', shared: false });
        reload();
      });
    }

    function remove(q) {
      api
        .post('mutation Delete($input: DeleteSavedQueryInput!) { deleteSavedQuery(input: $input) }', { input: { id: q.id } })
        .then(function (answer) {
          message[1](answer.errors ? answer.errors[0].message : 'Deleted "' + q.name + '".');
          reload();
        });
    }

    var set = function (name, value) {
      var next = Object.assign({}, form[0]);
      next[name] = value;
      form[1](next);
    };
    return h(
      'div',
      { className: 'syncad-saved' },
      h('h3', null, 'Saved queries'),
      h(
        'form',
        { onSubmit: save, 'data-testid': 'save-form' },
        h('input', {
          name: 'savedName',
          placeholder: 'name',
          'aria-label': 'saved query name',
          value: form[0].name,
          onChange: (e) => set('name', e.target.value),
        }),
        h('input', {
          name: 'savedDescription',
          placeholder: 'description',
          'aria-label': 'saved query description',
          value: form[0].description,
          onChange: (e) => set('description', e.target.value),
        }),
        h(
          'label',
          null,
          h('input', { type: 'checkbox', name: 'savedShared', checked: form[0].shared, onChange: (e) => set('shared', e.target.checked) }),
          ' share with the school',
        ),
        h('button', { type: 'submit' }, 'Save this tab'),
      ),
      message[0] ? h('p', { className: 'syncad-note', role: 'status' }, message[0]) : null,
      list[0] === null
        ? h('p', null, 'Loading…')
        : list[0].length === 0
          ? h('p', null, 'None yet: save a tab above.')
          : list[0].map(function (q) {
              return h(
                'div',
                { key: q.id, className: 'syncad-saved-item' },
                h(
                  'button',
                  { 'data-saved': q.name, onClick: () => props.open(q.query, q.variables || '') },
                  h('strong', null, q.name),
                  q.changesData ? h('span', { className: 'syncad-changes' }, ' changes data') : null,
                  h(
                    'p',
                    null,
                    (q.description ? q.description + ' · ' : '') +
                      (q.mine ? (q.shared ? 'yours, shared' : 'yours, private') : 'shared by ' + (q.authorName || 'a former member')),
                  ),
                ),
                q.mine
                  ? h('button', { className: 'syncad-delete', 'aria-label': 'delete ' + q.name, onClick: () => remove(q) }, 'Delete')
                  : null,
              );
            }),
    );
  }

  window.SyncadSavedQueries = { SavedQueries: SavedQueries };
})();
