/*
 * The SyncAD playground: GraphiQL (with its explorer and our example operations) under a sign-in
 * bar. Plain browser JavaScript over the UMD builds the gateway serves from node_modules, so there
 * is no build step and nothing is fetched from the internet.
 *
 * The bar signs in (school, login, password), keeps the token pair in sessionStorage, sends the
 * access token with every request, refreshes it a minute before it expires, and signs out. Under it,
 * the analyst's bar (analyst.js: cost, table view, all pages, CSV); in the Examples panel, the saved
 * queries (savedQueries.js).
 */
(function () {
  'use strict';
  var h = React.createElement;
  var STORE = 'syncad.playground.auth';
  var USER = '{ email firstName lastName currentSchool { name subdomain roleName } }';
  var examples = JSON.parse(document.getElementById('syncad-examples').textContent);

  /** POSTs an operation; options: operationName, extensions (a dry run), signal (to cancel). */
  function post(query, variables, token, options) {
    var o = options || {};
    var headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    var body = { query: query, variables: variables };
    if (o.operationName) body.operationName = o.operationName;
    if (o.extensions) body.extensions = o.extensions;
    return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(body), signal: o.signal }).then(function (res) {
      return res.json();
    });
  }

  function firstError(answer) {
    return answer.errors && answer.errors.length ? answer.errors[0].message : null;
  }

  function loadAuth() {
    try {
      return JSON.parse(sessionStorage.getItem(STORE)) || null;
    } catch (e) {
      return null;
    }
  }

  function saveAuth(auth) {
    if (auth) sessionStorage.setItem(STORE, JSON.stringify(auth));
    else sessionStorage.removeItem(STORE);
  }

  /** A signed-in pair from a login or refresh payload. */
  function authOf(payload) {
    return {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      expiresAt: Date.now() + payload.expiresIn * 1000,
      user: payload.user,
    };
  }

  function SignInBar(props) {
    var auth = props.auth;
    var state = React.useState({
      school: location.hostname.split('.').length > 1 ? location.hostname.split('.')[0] : '',
      login: '',
      password: '',
    });
    var form = state[0];
    var setForm = state[1];
    var field = function (name, type, placeholder) {
      return h('input', {
        name: name,
        type: type,
        placeholder: placeholder,
        'aria-label': placeholder,
        value: form[name],
        onChange: function (e) {
          var next = Object.assign({}, form);
          next[name] = e.target.value;
          setForm(next);
        },
      });
    };
    if (auth) {
      var u = auth.user;
      return h(
        'div',
        { className: 'syncad-bar' },
        h('strong', null, 'SyncAD API'),
        h(
          'span',
          { className: 'syncad-who', 'data-testid': 'who' },
          (u.firstName || '') + ' (' + (u.email || '') + ') · ' + u.currentSchool.name + ' · ' + u.currentSchool.roleName,
        ),
        h('button', { onClick: props.onSignOut }, 'Sign out'),
        props.message ? h('span', { className: 'syncad-error' }, props.message) : null,
      );
    }
    return h(
      'form',
      {
        className: 'syncad-bar',
        onSubmit: function (e) {
          e.preventDefault();
          props.onSignIn(form);
        },
      },
      h('strong', null, 'SyncAD API'),
      field('school', 'text', 'school (subdomain)'),
      field('login', 'text', 'email or phone'),
      field('password', 'password', 'password'),
      h('button', { type: 'submit' }, 'Sign in'),
      props.message
        ? h('span', { className: 'syncad-error', role: 'alert' }, props.message)
        : h('span', null, 'Sign in to explore the schema and run queries.'),
    );
  }

  /** A sidebar listing the saved queries and the example operations; a click opens one in a new tab. */
  function examplesPlugin(api) {
    return {
      title: 'Examples',
      icon: function () {
        return h('span', { style: { fontWeight: 'bold' } }, 'Ex');
      },
      content: function () {
        var editor = GraphiQL.React.useEditorContext({ nonNull: true });
        var open = function (query, variables) {
          editor.addTab();
          setTimeout(function () {
            if (editor.queryEditor) editor.queryEditor.setValue(query);
            if (editor.variableEditor) editor.variableEditor.setValue(variables);
          });
        };
        return h(
          'div',
          { className: 'syncad-examples' },
          h(SyncadSavedQueries.SavedQueries, { api: api, editor: editor, open: open }),
          h('h3', null, 'Examples'),
          examples.map(function (example) {
            return h(
              'button',
              {
                key: example.name,
                'data-example': example.name,
                onClick: function () {
                  open(example.query, '');
                },
              },
              h('strong', null, example.name),
              h('p', null, example.description),
            );
          }),
        );
      },
    };
  }

  function Playground() {
    var authState = React.useState(loadAuth);
    var auth = authState[0];
    var setAuthState = authState[1];
    var messageState = React.useState(null);
    var message = messageState[0];
    var setMessage = messageState[1];
    var authRef = React.useRef(auth);
    var setAuth = function (next) {
      var person = function (a) {
        return a ? a.user.email + '|' + a.user.currentSchool.subdomain : null;
      };
      // Another person (or none): the last answer's table is not theirs to see.
      if (person(next) !== person(authRef.current)) lastState[1](null);
      authRef.current = next;
      saveAuth(next);
      setAuthState(next);
    };
    // Requests of the bar, the saved queries and "all pages" go with the current token.
    var api = React.useMemo(function () {
      return {
        post: function (query, variables, options) {
          return post(query, variables, authRef.current && authRef.current.accessToken, options);
        },
      };
    }, []);
    var plugins = React.useMemo(function () {
      return [GraphiQLPluginExplorer.explorerPlugin(), examplesPlugin(api)];
    }, []);
    // The editor's operation (for its cost) and the last answer GraphiQL received (for the table).
    var editingState = React.useState({ query: '', variables: '', operationName: null });
    var editing = editingState[0];
    // Stable handlers: GraphiQL is given the same props on every render of the page.
    var onEdit = React.useMemo(function () {
      var edit = function (field) {
        return function (value) {
          editingState[1](function (current) {
            var next = Object.assign({}, current);
            next[field] = value;
            return next;
          });
        };
      };
      return {
        query: edit('query'),
        variables: edit('variables'),
        operationName: edit('operationName'),
        // Another tab: its own operation.
        tab: function (tabs) {
          var tab = tabs.tabs[tabs.activeTabIndex] || {};
          editingState[1]({ query: tab.query || '', variables: tab.variables || '', operationName: tab.operationName || null });
        },
      };
    }, []);
    var lastState = React.useState(null);

    // Refresh the access token a minute before it expires.
    React.useEffect(
      function () {
        if (!auth) return undefined;
        var wait = Math.max(0, auth.expiresAt - Date.now() - 60000);
        var timer = setTimeout(function () {
          post('mutation Refresh($t: String!) { refreshToken(token: $t) { accessToken refreshToken expiresIn user ' + USER + ' } }', {
            t: auth.refreshToken,
          }).then(function (answer) {
            if (answer.data && answer.data.refreshToken) setAuth(authOf(answer.data.refreshToken));
            else {
              setAuth(null);
              setMessage('Your session ended: sign in again. ' + (firstError(answer) || ''));
            }
          });
        }, wait);
        return function () {
          clearTimeout(timer);
        };
      },
      [auth && auth.refreshToken],
    );

    var signIn = function (form) {
      setMessage(null);
      post(
        'mutation SignIn($login: String!, $password: String!, $school: String) { login(login: $login, password: $password, school: $school) { accessToken refreshToken expiresIn user ' +
          USER +
          ' } }',
        {
          login: form.login,
          password: form.password,
          school: form.school || null,
        },
      ).then(
        function (answer) {
          if (answer.data && answer.data.login) setAuth(authOf(answer.data.login));
          else setMessage(firstError(answer) || 'Sign-in failed');
        },
        function () {
          setMessage('The API cannot be reached');
        },
      );
    };
    var signOut = function () {
      var current = authRef.current;
      setAuth(null);
      if (current) post('mutation { logout }', undefined, current.accessToken);
    };
    var fetcher = React.useCallback(function (params) {
      var current = authRef.current;
      var variables = params.variables;
      var operationName = SyncadTable.declaredOperation(params.query, params.operationName);
      return post(params.query, variables, current && current.accessToken, { operationName: operationName }).then(function (answer) {
        if (operationName !== 'IntrospectionQuery') {
          lastState[1]({ query: params.query, variables: variables || {}, operationName: operationName, answer: answer });
        }
        return answer;
      });
    }, []);

    return h(
      React.Fragment,
      null,
      h(SignInBar, { auth: auth, message: message, onSignIn: signIn, onSignOut: signOut }),
      auth ? h(SyncadAnalyst.AnalystBar, { api: api, editing: editing, last: lastState[0] }) : null,
      h(
        'div',
        { className: 'syncad-graphiql' },
        // A new sign-in reloads the schema (introspection needs a token).
        h(GraphiQL, {
          key: auth ? auth.user.email + '|' + auth.user.currentSchool.subdomain : 'signed-out',
          fetcher: fetcher,
          plugins: plugins,
          defaultQuery:
            "# Sign in above, then open Examples (left) or write a query.\n# Every field's description ends with the permission it needs.\n{\n  me {\n    email\n    currentSchool { name roleName }\n  }\n}\n",
          shouldPersistHeaders: false,
          onEditQuery: onEdit.query,
          onEditVariables: onEdit.variables,
          onEditOperationName: onEdit.operationName,
          onTabChange: onEdit.tab,
        }),
      ),
    );
  }

  ReactDOM.createRoot(document.getElementById('root')).render(h(Playground));
})();
