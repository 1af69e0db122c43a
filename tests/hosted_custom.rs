//! The custom monitor API at `/customMonitorApi` (issue 21, docs/protocol.md "Custom
//! monitors"), driven with requests shaped as its public clients send them, read from
//! their code:
//!
//! - JAVA, `monitisexchange/Monitis-Java-SDK` (`APIObject`, `CustomMonitor`,
//!   `CustomUserAgent`, `CustomAgentJob`): version 2; POSTs put action, apikey, GMT
//!   timestamp and version with the parameters, sign them sorted without regard to case,
//!   and go out as the query string of a POST (`PostMethod.setQueryString`); GETs carry the
//!   apikey alone and a random `nocache`; lists are encoded field by field and then whole;
//! - the Python SDK, `monitisexchange/Python-SDK` (`monitis/api.py`,
//!   `monitis/monitors/custom_impl.py`, `custom/agent.py`): version 2; GETs: apikey, action,
//!   `output=JSON`, version, then the arguments, unsigned; POSTs: the arguments, apikey,
//!   version, GMT timestamp, checksum; list fields and result pairs `urllib.quote`d;
//! - CPAN `Monitis`, `yko/monitis-api` (`lib/Monitis/CustomMonitors.pm`): version 2,
//!   `output=JSON`; GETs unsigned; POSTs add `validation=HMACSHA1`; lists plain;
//! - RUBY2, `jeremiahshirk/Ruby-SDK` (`base.rb`, `custom_monitors.rb`, `custom_agent.rb`):
//!   version 2, every request with apikey, version, validation, GMT timestamp and action,
//!   then a checksum (`HMACSHA1`) or the `authToken` it asked the custom endpoint for;
//! - bash_api, `monitisexchange/Monitis-Linux-Scripts` (`bash_api/api/monitis_api.sh`):
//!   `curl -d` values unencoded, version 2, token mode for POSTs, GETs with the apikey alone;
//! - MAPI, the PHP SDK in `aligajani/monitis-tutorials` (`MApi.class.php`,
//!   `MCustomMonitor`, `MCustomAgent`, `MCustomJob`) with its version 3 option: action,
//!   version, `output=json`, apikey, local timestamp, every request signed (`ksort`).
//!
//! The tests send `version` even where a client leaves it out (RUBY2's `authToken`): the
//! default version is not this family's to serve.

mod common;

use base64::Engine;
use common::server::{Keys, Resp, Server};
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha1::Sha1;

/// A server with the hosted compatibility doors open: the version 2 clients read unsigned.
async fn hosted() -> Server {
    Server::start_with(false, |o| o.hosted_compat = true).await
}

/// 2026-03-15 10:30:00 GMT, in milliseconds: the check time of the results pushed here.
const T: i64 = 1_773_570_600_000;
const MINUTE: i64 = 60_000;

fn hmac_b64(secret: &str, text: &str) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(text.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

fn gmt_now() -> String {
    chrono::Utc::now().format("%Y-%m-%d %H:%M:%S").to_string()
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// `name1value1name2value2…` of the pairs sorted by name (byte order, or ignoring case).
fn signing_text(pairs: &[(String, String)], ignore_case: bool) -> String {
    let mut sorted = pairs.to_vec();
    if ignore_case {
        sorted.sort_by_key(|(k, _)| k.to_lowercase());
    } else {
        sorted.sort();
    }
    sorted.iter().map(|(k, v)| format!("{k}{v}")).collect()
}

/// How a request goes out.
#[derive(Debug, Clone, Copy)]
enum Send {
    Get,
    /// A form body.
    Post,
    /// A POST with the parameters in the query string (JAVA's `PostMethod.setQueryString`).
    PostQuery,
}

fn endpoint_url(s: &Server, path: &str) -> String {
    format!(
        "{}{path}",
        s.url.strip_suffix("/api").expect("the API is at /api")
    )
}

async fn send_to(s: &Server, path: &str, how: Send, pairs: &[(String, String)]) -> Resp {
    let url = endpoint_url(s, path);
    answer(match how {
        Send::Get => s.http.get(&url).query(pairs),
        Send::Post => s.http.post(&url).form(pairs),
        Send::PostQuery => s.http.post(&url).query(pairs),
    })
    .await
}

async fn answer(request: reqwest::RequestBuilder) -> Resp {
    let response = request.send().await.expect("request reaches the sandbox");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let body =
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("JSON body, got {status} {text:?}"));
    Resp { status, body }
}

async fn send(s: &Server, how: Send, pairs: &[(String, String)]) -> Resp {
    send_to(s, "/customMonitorApi", how, pairs).await
}

/// The public clients of the custom monitor API.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Sdk {
    Java,
    Python,
    Cpan,
    Ruby,
    Mapi,
}

/// One client with one account's keys.
struct Client<'a> {
    sdk: Sdk,
    s: &'a Server,
    keys: Keys,
    /// RUBY2 with `validation = 'token'`.
    token: Option<String>,
}

impl<'a> Client<'a> {
    fn new(sdk: Sdk, s: &'a Server, keys: &Keys) -> Client<'a> {
        Client {
            sdk,
            s,
            keys: keys.clone(),
            token: None,
        }
    }

    async fn get(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let apikey = self.keys.apikey.as_str();
        let pairs = match self.sdk {
            // `APIObject.makeGetRequest`.
            Sdk::Java => {
                let nocache = rand::random::<f64>().to_string();
                let mut pairs = owned(&[("action", action), ("apikey", apikey), ("version", "2")]);
                pairs.push(("nocache".into(), nocache));
                pairs.extend(owned(params));
                pairs
            }
            // `monitis.api.get`.
            Sdk::Python => {
                let auth = [
                    ("apikey", apikey),
                    ("action", action),
                    ("output", "JSON"),
                    ("version", "2"),
                ];
                owned(&[&auth[..], params].concat())
            }
            // `Monitis::build_get_request`.
            Sdk::Cpan => {
                let auth = [
                    ("apikey", apikey),
                    ("output", "JSON"),
                    ("version", "2"),
                    ("action", action),
                ];
                owned(&[params, &auth[..]].concat())
            }
            Sdk::Ruby | Sdk::Mapi => return self.signed(Send::Get, action, params).await,
        };
        send(self.s, Send::Get, &pairs).await
    }

    async fn post(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        match self.sdk {
            Sdk::Java => self.signed(Send::PostQuery, action, params).await,
            _ => self.signed(Send::Post, action, params).await,
        }
    }

    /// A signed request (or RUBY2's in token mode), each client its own way.
    async fn signed(&self, how: Send, action: &str, params: &[(&str, &str)]) -> Resp {
        let (apikey, timestamp) = (self.keys.apikey.as_str(), gmt_now());
        let auth: Vec<(&str, &str)> = match self.sdk {
            Sdk::Java => vec![
                ("action", action),
                ("apikey", apikey),
                ("timestamp", &timestamp),
                ("version", "2"),
            ],
            Sdk::Python => vec![
                ("action", action),
                ("apikey", apikey),
                ("version", "2"),
                ("timestamp", &timestamp),
            ],
            Sdk::Cpan => vec![
                ("apikey", apikey),
                ("validation", "HMACSHA1"),
                ("output", "JSON"),
                ("version", "2"),
                ("timestamp", &timestamp),
                ("action", action),
            ],
            Sdk::Ruby => vec![
                ("apikey", apikey),
                ("version", "2"),
                (
                    "validation",
                    if self.token.is_some() {
                        "token"
                    } else {
                        "HMACSHA1"
                    },
                ),
                ("timestamp", &timestamp),
                ("action", action),
            ],
            // PHP's `date()`: local time, UTC on the test machine.
            Sdk::Mapi => vec![
                ("action", action),
                ("version", "3"),
                ("output", "json"),
                ("apikey", apikey),
                ("timestamp", &timestamp),
            ],
        };
        let mut pairs = owned(&[params, &auth[..]].concat());
        match &self.token {
            Some(token) => pairs.push(("authToken".into(), token.clone())),
            None => {
                let text = signing_text(&pairs, self.sdk == Sdk::Java);
                pairs.push(("checksum".into(), hmac_b64(&self.keys.secretkey, &text)));
            }
        }
        send(self.s, how, &pairs).await
    }

    /// The id an add answers (`{"status":"ok","data":id}`), as text.
    async fn add(&self, action: &str, params: &[(&str, &str)]) -> String {
        let data = self.post(action, params).await.data();
        let id = data.as_i64().unwrap_or_else(|| panic!("an id, got {data}"));
        id.to_string()
    }
}

/// `java.net.URLEncoder.encode(s, "UTF-8")`.
fn java_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'*' | b'_' => {
                char::from(b).to_string()
            }
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `URLObject.toUrlString(list)`: each entry's fields encoded, joined, encoded whole.
fn java_list(entries: &[&[&str]]) -> String {
    let joined: Vec<String> = entries
        .iter()
        .map(|e| {
            e.iter()
                .map(|f| java_encode(f))
                .collect::<Vec<_>>()
                .join(":")
        })
        .collect();
    java_encode(&joined.join(";"))
}

/// Python's `urllib.quote` (safe `/`).
fn py_quote(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.' | b'-' | b'/' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `params.py`'s `encode`: each field quoted, joined with `:`.
fn py_params(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| py_quote(f))
        .collect::<Vec<_>>()
        .join(":")
}

fn ok_null() -> Value {
    json!({ "status": "ok", "data": null })
}

fn ok() -> Value {
    json!({ "status": "ok" })
}

// ----- JAVA ------------------------------------------------------------------------------

/// `CustomMonitor.main`: add, edit, push a result and its additional results, list, read,
/// read the day's results, delete.
#[tokio::test]
async fn java_custom_monitor_from_add_to_delete() {
    let s = hosted().await;
    let java = Client::new(Sdk::Java, &s, &s.reseller);
    let monitor_params = java_list(&[
        &["url", "URL", "monitis.com", "3", "true"],
        &["steps", "Steps", "5", "2", "true"],
    ]);
    let result_params = java_list(&[
        &["response", "Response", "ms", "2"],
        &["status", "Status", "", "3"],
    ]);
    let additional_params = java_list(&[
        &["command", "Command", "", "3"],
        &["duration", "Duration", "ms", "2"],
    ]);
    let id = java
        .add(
            "addMonitor",
            &[
                ("monitorParams", &monitor_params),
                ("resultParams", &result_params),
                ("additionalResultParams", &additional_params),
                ("name", "transaction_from_plugin_4"),
                ("tag", "transaction"),
                ("type", "transaction"),
            ],
        )
        .await;
    let monitor_id = id.to_string();
    let mid = monitor_id.as_str();

    let edited = java
        .post(
            "editMonitor",
            &[
                (
                    "monitorParams",
                    &java_list(&[&["aaa", "a nn aaa", "78", "2", "true"]]),
                ),
                ("name", "log_parser_with_ad"),
                ("monitorId", mid),
                ("tag", "logparser"),
            ],
        )
        .await;
    assert_eq!(edited.read(), ok_null());

    let results = java_list(&[&["response", "25"], &["status", "ok"]]);
    let t = T.to_string();
    let added = java
        .post(
            "addResult",
            &[("results", &results), ("monitorId", mid), ("checktime", &t)],
        )
        .await;
    assert_eq!(added.read(), ok_null());
    let rows =
        r#"[{"coomand":"open(montiis.com)","duration":10},{"command":"click(myId)","duration":2}]"#;
    let more = java
        .post(
            "addAdditionalResults",
            &[("monitorId", mid), ("results", rows), ("checktime", &t)],
        )
        .await;
    assert_eq!(more.read(), ok());

    let aaa =
        json!({ "id": 1, "dataType": 2, "name": "aaa", "value": "78", "displayName": "a nn aaa" });
    let listed = java
        .get(
            "getMonitors",
            &[("type", "transaction"), ("output", "JSON")],
        )
        .await;
    assert_eq!(
        listed.read(),
        json!([{ "id": monitor_id, "name": "log_parser_with_ad", "tag": "logparser",
                 "type": "transaction", "monitorParams": [aaa] }])
    );
    let other_type = java
        .get("getMonitors", &[("type", "http"), ("output", "JSON")])
        .await;
    assert_eq!(other_type.read(), json!([]));

    let info = java
        .get(
            "getMonitorInfo",
            &[
                ("monitorId", mid),
                ("output", "JSON"),
                ("excludeHidden", "false"),
            ],
        )
        .await;
    assert_eq!(
        info.read(),
        json!({
            "id": monitor_id, "name": "log_parser_with_ad", "type": "transaction",
            "tag": "logparser", "multiValue": false, "isSuspended": false, "agentId": null,
            "resultParams": [
                { "id": 1, "name": "response", "displayName": "Response", "uom": "ms", "dataType": 2 },
                { "id": 2, "name": "status", "displayName": "Status", "uom": "", "dataType": 3 },
            ],
            "monitorParams": [aaa],
            "additionalResultParams": [
                { "id": 1, "name": "command", "displayName": "Command", "uom": "", "dataType": 3 },
                { "id": 2, "name": "duration", "displayName": "Duration", "uom": "ms", "dataType": 2 },
            ],
        })
    );
    let visible = java
        .get(
            "getMonitorInfo",
            &[
                ("monitorId", mid),
                ("output", "JSON"),
                ("excludeHidden", "true"),
            ],
        )
        .await;
    assert_eq!(visible.read()["monitorParams"], json!([]));

    // `getMonitorResults(monitorId, 2026, 3, 15, 300, output)`: the day in GMT+5.
    let day = java
        .get(
            "getMonitorResults",
            &[
                ("monitorId", mid),
                ("year", "2026"),
                ("month", "3"),
                ("day", "15"),
                ("timezone", "300"),
                ("output", "JSON"),
            ],
        )
        .await;
    assert_eq!(
        day.read(),
        json!([{ "response": 25, "status": "ok", "checkTime": T + 300 * MINUTE, "checkTimeInGMT": T }])
    );
    let next_day = java
        .get(
            "getMonitorResults",
            &[
                ("monitorId", mid),
                ("year", "2026"),
                ("month", "3"),
                ("day", "16"),
            ],
        )
        .await;
    assert_eq!(next_day.read(), json!([]));

    let additional = java
        .get(
            "getAdditionalResults",
            &[("monitorId", mid), ("checktime", &t)],
        )
        .await;
    assert_eq!(
        additional.read(),
        serde_json::from_str::<Value>(rows).unwrap()
    );

    // `deleteMonitors(new Integer[]{monitorId})`.
    let deleted = java.post("deleteMonitor", &[("monitorId", mid)]).await;
    assert_eq!(deleted.read(), ok_null());
    let gone = java.get("getMonitorInfo", &[("monitorId", mid)]).await;
    assert_eq!(gone.code(), 5);
    assert_eq!(
        gone.message(),
        format!("no such custom monitor (monitorId): {id}")
    );
}

async fn java_monitor(java: &Client<'_>, name: &str, tag: &str) -> String {
    let result_params = java_list(&[&["response", "Response", "ms", "2"]]);
    java.add(
        "addMonitor",
        &[
            ("resultParams", &result_params),
            ("name", name),
            ("tag", tag),
        ],
    )
    .await
}

/// `BaseMonitor.suspendMonitors`, `activateMonitors` and `deleteMonitors` with a list.
#[tokio::test]
async fn java_suspends_activates_and_deletes_lists_of_monitors() {
    let s = hosted().await;
    let java = Client::new(Sdk::Java, &s, &s.reseller);
    let a = java_monitor(&java, "a", "web").await;
    let b = java_monitor(&java, "b", "web").await;
    let both = format!("{a},{b}");
    let result = java_list(&[&["response", "7"]]);
    // Each push at its own check time: a request signed again within the same second
    // with the same values has the same checksum, and would be refused as a replay.
    let push = |id: String, at: i64| {
        let (result, t) = (result.clone(), at.to_string());
        let java = &java;
        async move {
            java.post(
                "addResult",
                &[("results", &result), ("monitorId", &id), ("checktime", &t)],
            )
            .await
        }
    };

    assert_eq!(
        java.post("suspendMonitors", &[("monitorIds", &both)])
            .await
            .read(),
        ok()
    );
    let info = java
        .get("getMonitorInfo", &[("monitorId", &b)])
        .await
        .read();
    assert_eq!(info["isSuspended"], true);
    let refused = push(a.clone(), T).await;
    assert_eq!(refused.code(), 1);
    assert_eq!(
        refused.message(),
        format!(
            "custom monitor {a} is suspended: activate it (action=activateMonitors) to add results"
        )
    );

    assert_eq!(
        java.post("activateMonitors", &[("tag", "web")])
            .await
            .read(),
        ok()
    );
    assert_eq!(push(a.clone(), T + MINUTE).await.read(), ok_null());

    // All or none: an unknown id deletes nothing.
    let unknown = java
        .post("deleteMonitor", &[("monitorId", &format!("{both},999999"))])
        .await;
    assert_eq!(unknown.code(), 5);
    let listed = java.get("getMonitors", &[]).await.read();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let deleted = java.post("deleteMonitor", &[("monitorId", &both)]).await;
    assert_eq!(deleted.read(), ok_null());
    assert_eq!(java.get("getMonitors", &[]).await.read(), json!([]));
    let none = java.post("activateMonitors", &[]).await;
    assert_eq!(
        (none.code(), none.message()),
        (1, "missing parameter monitorIds (or tag)")
    );
}

/// `CustomUserAgent.main`: add an agent, list and read it, edit it, delete it with its
/// monitors.
#[tokio::test]
async fn java_custom_user_agents() {
    let s = hosted().await;
    let java = Client::new(Sdk::Java, &s, &s.reseller);
    let params = java_encode(r#"{"drivelist":"C,D,E","processlist":"skype.exe, montiis.exe"}"#);
    let agent = java
        .add(
            "addAgent",
            &[
                ("name", "monitis_internal"),
                ("type", "internal"),
                ("params", &params),
                ("jobPollingInterval", "5"),
                ("output", "JSON"),
            ],
        )
        .await;
    let again = java.post("addAgent", &[("name", "monitis_internal")]).await;
    assert_eq!(
        (again.code(), again.message()),
        (
            17,
            "a custom agent named \"monitis_internal\" exists already: choose another name"
        )
    );
    let result_params = java_list(&[&["free", "Free", "GB", "4"]]);
    let monitor = java
        .add(
            "addMonitor",
            &[
                ("resultParams", &result_params),
                ("customUserAgentId", &agent),
                ("name", "drives"),
                ("tag", "agent"),
            ],
        )
        .await;

    let listed = java
        .get(
            "getAgents",
            &[
                ("loadTests", "true"),
                ("loadParams", "true"),
                ("output", "JSON"),
            ],
        )
        .await
        .read();
    let created = listed[0]["createdOn"]
        .as_str()
        .expect("createdOn")
        .to_string();
    assert_eq!(created.len(), "2026-03-15 10:30:00".len(), "{created}");
    let expected = json!([{
        "id": agent, "name": "monitis_internal", "type": "internal", "jobPollingInterval": 5,
        "createdOn": created, "lastAccess": null,
        "monitors": [{ "id": monitor, "name": "drives", "tag": "agent", "type": "custom" }],
        "params": [[1, "drivelist", "C,D,E"], [2, "processlist", "skype.exe, montiis.exe"]],
    }]);
    assert_eq!(listed, expected);
    let plain = java
        .get(
            "getAgents",
            &[("loadTests", "false"), ("loadParams", "false")],
        )
        .await;
    assert_eq!(plain.read()[0].get("monitors"), None);
    let of_type = java.get("getAgents", &[("type", "custom")]).await;
    assert_eq!(of_type.read(), json!([]));

    // A result of one of its monitors is the agent heard from.
    let t = T.to_string();
    let result = java_list(&[&["free", "12.5"]]);
    java.post(
        "addResult",
        &[
            ("results", &result),
            ("monitorId", &monitor),
            ("checktime", &t),
        ],
    )
    .await
    .read();
    let info = java
        .get("agentInfo", &[("agentId", &agent), ("output", "JSON")])
        .await
        .read();
    assert!(info["lastAccess"].is_string(), "{info}");
    assert_eq!(info["monitors"], expected[0]["monitors"]);

    let edit_params = java_encode(r#"{"drivelist":"E,F"}"#);
    let edited = java
        .post(
            "editAgent",
            &[
                ("agentId", &agent),
                ("name", "monitis_internal_edit"),
                ("params", &edit_params),
                ("jobPollingInterval", "6"),
            ],
        )
        .await;
    assert_eq!(edited.read(), ok());
    let info = java.get("agentInfo", &[("agentId", &agent)]).await.read();
    assert_eq!(
        (&info["name"], &info["jobPollingInterval"], &info["params"]),
        (
            &json!("monitis_internal_edit"),
            &json!(6),
            &json!([[1, "drivelist", "E,F"]])
        )
    );

    let deleted = java
        .post(
            "deleteAgent",
            &[("agentIds", &agent), ("deleteMonitors", "true")],
        )
        .await;
    assert_eq!(deleted.read(), ok());
    assert_eq!(java.get("getAgents", &[]).await.read(), json!([]));
    assert_eq!(java.get("getMonitors", &[]).await.read(), json!([]));
}

/// `CustomAgentJob.main`: add a job, list, edit and delete it.
#[tokio::test]
async fn java_custom_agent_jobs() {
    let s = hosted().await;
    let java = Client::new(Sdk::Java, &s, &s.reseller);
    let agent = java.add("addAgent", &[("name", "jobs")]).await;
    let monitor = java_monitor(&java, "checked", "jobs").await;
    // `addJob(agentid, 1453, "my ob 5-2", "3 min interval", "url=monitiiiii.tu")`: the
    // SDK encodes the text values once more; they are kept as they arrive.
    let (name, periodicity, params) = (
        java_encode("my ob 5-2"),
        java_encode("3 min interval"),
        java_encode("url=monitiiiii.tu"),
    );
    let job = java
        .add(
            "addJob",
            &[
                ("name", &name),
                ("periodicity", &periodicity),
                ("params", &params),
                ("monitorId", &monitor),
                ("agentId", &agent),
            ],
        )
        .await;
    let job_id: i64 = job.parse().unwrap();
    let jobs = java
        .get("getJobs", &[("agentId", &agent), ("output", "JSON")])
        .await;
    assert_eq!(
        jobs.read(),
        json!([{
            "id": job_id, "type": "custom", "interval": null, "params": "url%3Dmonitiiiii.tu",
            "monitorId": monitor.parse::<i64>().unwrap(), "name": "my+ob+5-2",
            "periodicity": "3+min+interval", "activeFlag": 1,
        }])
    );
    // `editJob(id, null, null, "url=monitis.com", 100)`, and then 0.
    let again = java_encode("url=monitis.com");
    for (flag, active) in [("100", 1), ("0", 0)] {
        let edited = java
            .post(
                "editJob",
                &[("jobId", &job), ("params", &again), ("activeFlag", flag)],
            )
            .await;
        assert_eq!(edited.read(), ok());
        let listed = java.get("getJobs", &[("agentId", &agent)]).await.read();
        assert_eq!(
            (&listed[0]["params"], &listed[0]["activeFlag"]),
            (&json!("url%3Dmonitis.com"), &json!(active))
        );
    }
    let deleted = java.post("deleteJob", &[("jobIds", &job)]).await;
    assert_eq!(deleted.read(), ok());
    assert_eq!(
        java.get("getJobs", &[("agentId", &agent)]).await.read(),
        json!([])
    );
}

// ----- CPAN Monitis ----------------------------------------------------------------------

/// The POD's examples of `Monitis::CustomMonitors`, in order.
#[tokio::test]
async fn perl_custom_monitors_as_the_pod_shows() {
    let s = hosted().await;
    let perl = Client::new(Sdk::Cpan, &s, &s.reseller);
    let id = perl
        .add(
            "addMonitor",
            &[
                (
                    "resultParams",
                    "position:Position:N/A:2;difference:Difference:N/A:3",
                ),
                ("name", "test from api"),
                ("tag", "test"),
            ],
        )
        .await;
    let mid = id.to_string();
    let listed = perl.get("getMonitors", &[("tag", "test")]).await;
    assert_eq!(
        listed.read(),
        json!([{ "id": mid, "name": "test from api", "tag": "test", "type": "custom", "monitorParams": [] }])
    );
    let edited = perl
        .post(
            "editMonitor",
            &[
                ("monitorId", &mid),
                ("name", "test from api"),
                ("tag", "test2"),
            ],
        )
        .await;
    assert_eq!(edited.read(), ok_null());
    let info = perl
        .get("getMonitorInfo", &[("monitorId", &mid)])
        .await
        .read();
    assert_eq!(info["tag"], "test2");
    assert_eq!(
        info["resultParams"],
        json!([
            { "id": 1, "name": "position", "displayName": "Position", "uom": "N/A", "dataType": 2 },
            { "id": 2, "name": "difference", "displayName": "Difference", "uom": "N/A", "dataType": 3 },
        ])
    );
    // `checktime => time`: seconds, taken as such.
    let seconds = (T / 1000).to_string();
    let added = perl
        .post(
            "addResult",
            &[
                ("monitorId", &mid),
                ("checktime", &seconds),
                ("results", "position:3;difference:up 1"),
            ],
        )
        .await;
    assert_eq!(added.read(), ok_null());
    let day = perl
        .get(
            "getMonitorResults",
            &[
                ("monitorId", &mid),
                ("day", "15"),
                ("month", "3"),
                ("year", "2026"),
            ],
        )
        .await;
    assert_eq!(
        day.read(),
        json!([{ "position": 3, "difference": "up 1", "checkTime": T, "checkTimeInGMT": T }])
    );
    assert_eq!(
        perl.post("deleteMonitor", &[("monitorId", &mid)])
            .await
            .read(),
        ok_null()
    );
    assert_eq!(perl.get("getMonitors", &[]).await.read(), json!([]));
}

// ----- the Python SDK ------------------------------------------------------------------

/// `tests/test_custom.py`, call by call.
#[tokio::test]
async fn python_custom_monitor_as_its_tests_drive_it() {
    let s = hosted().await;
    let py = Client::new(Sdk::Python, &s, &s.reseller);
    let id = py
        .add(
            "addMonitor",
            &[
                ("name", "test"),
                ("tag", "testMonitor"),
                (
                    "resultParams",
                    &py_params(&["foo", "Foo Rate", "foo/s", "2"]),
                ),
                ("monitorParams", &py_params(&["bar", "", "5", "2", "false"])),
                (
                    "additionalResultParams",
                    &py_params(&["bar", "Bar Rate", "bar/s", "2"]),
                ),
            ],
        )
        .await;
    let mid = id.to_string();
    // `get_monitors(tag=..., m_type='custom')` sends `m_type`.
    let gm = py
        .add(
            "addMonitor",
            &[
                ("name", "gmtest"),
                ("tag", "gmtesttag"),
                (
                    "resultParams",
                    &py_params(&["foo", "Foo Rate", "foo/s", "2"]),
                ),
            ],
        )
        .await;
    let found = py
        .get("getMonitors", &[("m_type", "custom"), ("tag", "gmtesttag")])
        .await
        .read();
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["id"], gm.to_string());
    assert_eq!(found[0]["tag"], "gmtesttag");

    // `add_result(results={'foo':10})`: each pair quoted whole.
    let t = T.to_string();
    let added = py
        .post(
            "addResult",
            &[
                ("monitorId", &mid),
                ("checktime", &t),
                ("results", &py_quote("foo:10")),
            ],
        )
        .await;
    assert_eq!(added.read(), ok_null());

    let info = py
        .get(
            "getMonitorInfo",
            &[("monitorId", &mid), ("excludeHidden", "false")],
        )
        .await
        .read();
    assert_eq!(info["monitorParams"][0]["name"], "bar");
    assert_eq!(info["additionalResultParams"][0]["displayName"], "Bar Rate");

    // `edit_monitor(monitor_params=MonitorParams('bar', '', '6', DataType('string'), 'true'))`.
    let edited = py
        .post(
            "editMonitor",
            &[
                ("monitorParams", &py_params(&["bar", "", "6", "3", "true"])),
                ("monitorId", &mid),
            ],
        )
        .await;
    assert_eq!(edited.read(), ok_null());
    let info = py
        .get(
            "getMonitorInfo",
            &[("monitorId", &mid), ("excludeHidden", "false")],
        )
        .await
        .read();
    assert_eq!(info["monitorParams"][0]["value"], "6");
    for (name, tag) in [("newname", "testMonitor"), ("newname", "newtag")] {
        let edited = py
            .post(
                "editMonitor",
                &[("name", name), ("tag", tag), ("monitorId", &mid)],
            )
            .await;
        assert_eq!(edited.read()["status"], "ok");
    }

    // `add_additional_results(checktime=checktime, results=[{"bar":90}])`: `json.dumps`.
    let more = py
        .post(
            "addAdditionalResults",
            &[
                ("monitorId", &mid),
                ("checktime", &t),
                ("results", r#"[{"bar": 90}]"#),
            ],
        )
        .await;
    assert_eq!(more.read(), ok());
    let rows = py
        .get(
            "getAdditionalResults",
            &[("monitorId", &mid), ("checktime", &t)],
        )
        .await;
    assert_eq!(rows.read(), json!([{ "bar": 90 }]));

    let day = py
        .get(
            "getMonitorResults",
            &[
                ("monitorId", &mid),
                ("year", "2026"),
                ("month", "3"),
                ("day", "15"),
            ],
        )
        .await
        .read();
    assert_eq!(day[0]["checkTimeInGMT"], T);
    assert_eq!(day[0]["foo"], 10);

    let deleted = py.post("deleteMonitor", &[("monitorId", &mid)]).await;
    assert_eq!(deleted.read()["status"], "ok");
}

/// `monitis/monitors/custom/agent.py`: agents and jobs.
#[tokio::test]
async fn python_custom_agents_and_jobs() {
    let s = hosted().await;
    let py = Client::new(Sdk::Python, &s, &s.reseller);
    let agent = py
        .add(
            "addAgent",
            &[("name", "py agent"), ("params", r#"{"host": "db1"}"#)],
        )
        .await;
    let monitor = py
        .add(
            "addMonitor",
            &[
                ("name", "py job"),
                ("tag", "py"),
                ("resultParams", &py_params(&["up", "Up", "", "1"])),
                ("customUserAgentId", &agent),
            ],
        )
        .await;
    let job = py
        .add(
            "addJob",
            &[
                ("agentId", &agent),
                ("name", "ping db1"),
                ("type", "ping"),
                ("interval", "5"),
                ("params", r#"{"host": "db1"}"#),
                ("monitorId", &monitor),
            ],
        )
        .await;
    let agents = py
        .get(
            "getAgents",
            &[
                ("loadTests", "true"),
                ("loadParams", "true"),
                ("type", "custom"),
            ],
        )
        .await
        .read();
    assert_eq!(agents[0]["params"], json!([[1, "host", "db1"]]));
    assert_eq!(
        agents[0]["monitors"],
        json!([{ "id": monitor, "name": "py job", "tag": "py", "type": "custom" }])
    );
    let info = py.get("agentInfo", &[("agentId", &agent)]).await.read();
    assert_eq!(
        (&info["id"], &info["name"]),
        (&json!(agent), &json!("py agent"))
    );

    let edited = py
        .post(
            "editJob",
            &[("jobId", &job), ("interval", "10"), ("activeFlag", "0")],
        )
        .await;
    assert_eq!(edited.read(), ok());
    let jobs = py.get("getJobs", &[("agentId", &agent)]).await.read();
    assert_eq!(
        jobs,
        json!([{ "id": job.parse::<i64>().unwrap(), "type": "ping", "interval": 10,
                 "params": "{\"host\": \"db1\"}", "monitorId": monitor.parse::<i64>().unwrap(),
                 "name": "ping db1", "periodicity": null, "activeFlag": 0 }])
    );
    let renamed = py
        .post(
            "editAgent",
            &[
                ("name", "py agent 2"),
                ("agentId", &agent),
                ("params", "{}"),
            ],
        )
        .await;
    assert_eq!(renamed.read(), ok());
    assert_eq!(py.post("deleteJob", &[("jobIds", &job)]).await.read(), ok());
    // Without `deleteMonitors`, the agent's monitors stay, without an agent.
    let deleted = py
        .post(
            "deleteAgent",
            &[("agentIds", &agent), ("deleteMonitors", "false")],
        )
        .await;
    assert_eq!(deleted.read(), ok());
    let info = py
        .get("getMonitorInfo", &[("monitorId", &monitor)])
        .await
        .read();
    assert_eq!(info["agentId"], Value::Null);
    let gone = py.get("getJobs", &[("agentId", &agent)]).await;
    assert_eq!(gone.code(), 5);
}

// ----- RUBY2 -----------------------------------------------------------------------------

/// `spec/custom_spec.rb` and `spec/custom_agent_spec.rb` in token mode, with the token
/// `Base#new_auth_token` asks the custom endpoint for.
#[tokio::test]
async fn ruby_token_from_the_custom_endpoint_drives_monitors_and_agents() {
    let s = hosted().await;
    let token = send(
        &s,
        Send::Get,
        &owned(&[
            ("action", "authToken"),
            ("apikey", &s.reseller.apikey),
            ("secretkey", &s.reseller.secretkey),
            ("version", "2"),
        ]),
    )
    .await
    .read()["authToken"]
        .as_str()
        .expect("authToken")
        .to_string();
    let mut ruby = Client::new(Sdk::Ruby, &s, &s.reseller);
    ruby.token = Some(token);

    let id = ruby
        .add(
            "addMonitor",
            &[
                ("resultParams", "t:T:s:4"),
                ("name", "ruby_temp"),
                ("tag", "ruby_temp"),
                ("additionalResultParams", "ta:T:s:4"),
            ],
        )
        .await;
    // `checktime`: `Time::now.strftime('%s000')`.
    let t = T.to_string();
    let more = ruby
        .post(
            "addAdditionalResults",
            &[
                ("monitorId", &id),
                ("checktime", &t),
                ("results", r#"[{"ta":1}]"#),
            ],
        )
        .await;
    assert_eq!(more.read(), ok());
    let added = ruby
        .post(
            "addResult",
            &[("monitorId", &id), ("checktime", &t), ("results", "t:1")],
        )
        .await;
    assert_eq!(added.read()["status"], "ok");
    let day = ruby
        .get(
            "getMonitorResults",
            &[
                ("monitorId", &id),
                ("year", "2026"),
                ("month", "3"),
                ("day", "15"),
            ],
        )
        .await;
    assert_eq!(
        day.read(),
        json!([{ "t": 1.0, "checkTime": T, "checkTimeInGMT": T }])
    );
    let from = (T - 86_400_000).to_string();
    let report = ruby
        .get(
            "getReport",
            &[("monitorId", &id), ("dateFrom", &from), ("dateTo", &t)],
        )
        .await;
    assert_eq!(
        report.read(),
        json!([{ "t": 1.0, "checkTime": T, "checkTimeInGMT": T }])
    );
    let rows = ruby
        .get(
            "getAdditionalResults",
            &[("monitorId", &id), ("checktime", &t)],
        )
        .await;
    assert_eq!(rows.read(), json!([{ "ta": 1 }]));
    let info = ruby
        .get("getMonitorInfo", &[("monitorId", &id)])
        .await
        .read();
    assert_eq!(info["id"], id);
    let edited = ruby
        .post(
            "editMonitor",
            &[("monitorId", &id), ("name", "ruby_temp_2")],
        )
        .await;
    assert_eq!(edited.read()["status"], "ok");
    assert!(ruby.get("getMonitors", &[]).await.read().is_array());

    let agent = ruby.add("addAgent", &[("name", "ruby_agent")]).await;
    let job = ruby
        .add(
            "addJob",
            &[
                ("agentId", &agent),
                ("type", "custom"),
                ("interval", "3"),
                ("params", "x:ms"),
            ],
        )
        .await;
    let edited = ruby
        .post("editJob", &[("jobId", &job), ("interval", "5")])
        .await;
    assert_eq!(edited.read(), ok());
    let jobs = ruby.get("getJobs", &[("agentId", &agent)]).await.read();
    assert_eq!(
        (&jobs[0]["interval"], &jobs[0]["params"]),
        (&json!(5), &json!("x:ms"))
    );
    let renamed = ruby
        .post(
            "editAgent",
            &[("agentId", &agent), ("name", "ruby_agent_2")],
        )
        .await;
    assert_eq!(renamed.read(), ok());
    let agents = ruby.get("getAgents", &[]).await.read();
    assert!(agents[0].as_object().unwrap().contains_key("name"));
    let info = ruby.get("agentInfo", &[("agentId", &agent)]).await.read();
    assert_eq!(info["id"], agent);
    assert_eq!(
        ruby.post("deleteJob", &[("jobIds", &job)]).await.read(),
        ok()
    );
    assert_eq!(
        ruby.post("deleteAgent", &[("agentIds", &agent)])
            .await
            .read(),
        ok()
    );
    assert_eq!(
        ruby.post("deleteMonitor", &[("monitorId", &id)])
            .await
            .read()["status"],
        "ok"
    );
}

// ----- MAPI ------------------------------------------------------------------------------

/// `MCustomMonitor`: a multi-value monitor on a named agent, reports by interval, the
/// additional data report, colours; `MCustomAgent` and `MCustomJob` listings.
#[tokio::test]
async fn mapi_reports_multi_values_colours_and_listings() {
    let s = hosted().await;
    let mapi = Client::new(Sdk::Mapi, &s, &s.reseller);
    let agent = mapi
        .add(
            "addAgent",
            &[("name", "web"), ("params", r#"{"host":"a"}"#)],
        )
        .await;
    // `_makeParamsString`: fields `urlencode`d, `false` and arrays as JSON, the default
    // `false` appended.
    let multi = mapi
        .add(
            "addMonitor",
            &[
                ("name", "steps"),
                ("type", "api"),
                ("tag", "mapi"),
                ("resultParams", "rt:Response+time:ms:2:false;up:Up::1:false"),
                ("multiValue", "true"),
                (
                    "monitorParams",
                    "key:Key:secret:3:true;zone:Zone:eu:3:false",
                ),
                ("agentName", "web"),
            ],
        )
        .await;
    let single = mapi
        .add(
            "addMonitor",
            &[
                ("name", "latency"),
                ("type", "api"),
                ("tag", "mapi"),
                (
                    "resultParams",
                    "rt:Response+time:ms:2:false:[]:max;load:Load::4:false",
                ),
                ("multiValue", "false"),
            ],
        )
        .await;

    // `_makeResultsString`: a list as `urlencode('[120,80]')`, `true` as `1`;
    // `_makeAdditionalResultsString`: one object per value.
    let t = T.to_string();
    let added = mapi
        .post(
            "addResult",
            &[
                ("monitorId", &multi),
                ("checktime", &t),
                ("results", "rt:%5B120%2C80%5D;up:1"),
                ("additionalResults", r#"[{"step":"open"},{"step":"click"}]"#),
            ],
        )
        .await;
    assert_eq!(added.read(), ok_null());
    for (offset, rt, load) in [(0, "100", "0.5"), (10, "300", "1.5"), (70, "50", "2")] {
        let at = (T + offset * MINUTE).to_string();
        let results = format!("rt:{rt};load:{load}");
        mapi.post(
            "addResult",
            &[
                ("monitorId", &single),
                ("checktime", &at),
                ("results", &results),
            ],
        )
        .await
        .read();
    }

    let (from, to) = (
        (T - 60 * MINUTE).to_string(),
        (T + 120 * MINUTE).to_string(),
    );
    let hourly = mapi
        .get(
            "getReport",
            &[
                ("monitorId", &single),
                ("dateFrom", &from),
                ("dateTo", &to),
                ("interval", "1"),
                ("intervalType", "hour"),
            ],
        )
        .await;
    // 10:30 and 10:40 in the 10:00 hour: the most of rt (its aggregation), the average
    // of load; 11:40 alone in the 11:00 hour.
    let (ten, eleven) = (T - 30 * MINUTE, T + 30 * MINUTE);
    assert_eq!(
        hourly.read(),
        json!([
            { "rt": 300.0, "load": 1.0, "checkTime": ten, "checkTimeInGMT": ten },
            { "rt": 50.0, "load": 2.0, "checkTime": eleven, "checkTimeInGMT": eleven },
        ])
    );
    let whole = mapi
        .get(
            "getReport",
            &[
                ("monitorId", &multi),
                ("dateFrom", &from),
                ("dateTo", &to),
                ("timezone", "240"),
            ],
        )
        .await;
    assert_eq!(
        whole.read(),
        json!([{ "rt": [120, 80], "up": [true], "checkTime": T + 240 * MINUTE, "checkTimeInGMT": T }])
    );
    let data = mapi
        .get(
            "getAdditionalDataReport",
            &[("monitorId", &multi), ("dateFrom", &from), ("dateTo", &to)],
        )
        .await;
    assert_eq!(
        data.read(),
        json!([{ "checkTime": T, "checkTimeInGMT": T,
                 "additionalResults": [{ "step": "open" }, { "step": "click" }] }])
    );
    // `requestMonitorAdditionalResults($monitorId)`: without a check time, the newest.
    let newest = mapi
        .get("getAdditionalResults", &[("monitorId", &multi)])
        .await;
    assert_eq!(
        newest.read(),
        json!([{ "step": "open" }, { "step": "click" }])
    );

    let style = r#"[{"name":"rt","colors":[{"condition":"<3","color":"green"},{"condition":">12","color":"red"}]}]"#;
    let coloured = mapi
        .post(
            "colorizeMonitors",
            &[("monitorId", &single), ("guiStyle", style)],
        )
        .await;
    assert_eq!(coloured.read(), ok());
    let info = mapi
        .get("getMonitorInfo", &[("monitorId", &single)])
        .await
        .read();
    assert_eq!(
        info["guiStyle"],
        serde_json::from_str::<Value>(style).unwrap()
    );
    let unknown = mapi
        .post(
            "colorizeMonitors",
            &[
                ("monitorId", &single),
                ("guiStyle", r#"[{"name":"up","colors":[]}]"#),
            ],
        )
        .await;
    assert_eq!(
        (unknown.code(), unknown.message().to_string()),
        (
            1,
            format!(
                "parameter guiStyle names \"up\", which is not a result parameter of monitor {single}"
            )
        )
    );

    // `requestMonitorInfo($monitorId, true)` sends `isExcludeHidden`.
    let info = mapi
        .get(
            "getMonitorInfo",
            &[("monitorId", &multi), ("isExcludeHidden", "true")],
        )
        .await
        .read();
    assert_eq!(
        (
            &info["multiValue"],
            &info["agentId"],
            &info["monitorParams"]
        ),
        (
            &json!(true),
            &json!(agent),
            &json!([{ "id": 2, "dataType": 3, "name": "zone", "value": "eu", "displayName": "Zone" }])
        )
    );
    let filtered = mapi
        .get(
            "getMonitors",
            &[
                ("type", "api"),
                ("tag", "mapi"),
                ("name", "steps"),
                ("agentId", &agent),
            ],
        )
        .await
        .read();
    assert_eq!(filtered.as_array().unwrap().len(), 1);
    assert_eq!(filtered[0]["id"], multi);

    // `requestAgetns(null, true, true)` spells `loadTest` and `loadParametrs`.
    let agents = mapi
        .get(
            "getAgents",
            &[("loadTest", "true"), ("loadParametrs", "true")],
        )
        .await
        .read();
    assert_eq!(agents[0]["params"], json!([[1, "host", "a"]]));
    assert_eq!(agents[0]["monitors"][0]["id"], multi);

    // `addJob` twice, then `requestJobs($agentId, $lastJobId)`: only the newer.
    let mut jobs = Vec::new();
    for url in ["a", "b"] {
        let params = format!(r#"{{"url":"{url}"}}"#);
        let job = mapi
            .post(
                "addJob",
                &[
                    ("agentId", &agent),
                    ("type", "http"),
                    ("params", &params),
                    ("interval", "5"),
                    ("monitorId", &single),
                ],
            )
            .await
            .data();
        jobs.push(job.as_i64().unwrap());
    }
    let after = jobs[0].to_string();
    let newer = mapi
        .get("getJobs", &[("agentId", &agent), ("lastJobId", &after)])
        .await
        .read();
    assert_eq!(newer.as_array().unwrap().len(), 1);
    assert_eq!(newer[0]["id"], jobs[1]);
    assert_eq!(newer[0]["params"], r#"{"url":"b"}"#);
}

// ----- bash_api --------------------------------------------------------------------------

/// `bash_api/api/monitis_api.sh` (`monitisexchange/Monitis-Linux-Scripts`): `curl -d`
/// with the values as they are (no encoding), version 2; the token from `/api`
/// (`get_token`); POSTs in token mode with a GMT `timestamp`; GETs (`curl -G`) with the
/// apikey, `output` and version alone.
struct Bash<'a> {
    s: &'a Server,
    token: String,
}

impl Bash<'_> {
    async fn send(&self, post: bool, data: &[(&str, &str)]) -> Resp {
        let url = endpoint_url(self.s, "/customMonitorApi");
        let data: Vec<String> = data.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let data = data.join("&");
        answer(if post {
            let form = "application/x-www-form-urlencoded";
            self.s
                .http
                .post(&url)
                .header("content-type", form)
                .body(data)
        } else {
            self.s.http.get(format!("{url}?{data}"))
        })
        .await
    }

    /// `get_permanent_post_param`, then the action's `-d` values.
    async fn post(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let timestamp = chrono::Utc::now().format("%F%%20%T").to_string();
        let apikey = self.s.reseller.apikey.as_str();
        let mut data = vec![
            ("apikey", apikey),
            ("timestamp", &timestamp),
            ("validation", "token"),
            ("authToken", &self.token),
            ("version", "2"),
            ("action", action),
        ];
        data.extend_from_slice(params);
        self.send(true, &data).await
    }

    /// `get_permanent_get_param`, then the action's `-d` values.
    async fn get(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let apikey = self.s.reseller.apikey.as_str();
        let mut data = vec![
            ("apikey", apikey),
            ("output", "JSON"),
            ("version", "2"),
            ("action", action),
        ];
        data.extend_from_slice(params);
        self.send(false, &data).await
    }
}

/// `monitor_start.sh`'s course: token, `add_custom_monitor` (again: "already exists"),
/// `get_monitorID`, `add_custom_monitor_data`, `add_custom_monitor_additional_data`,
/// `get_custom_monitor_info`, `get_custom_monitor_data`.
#[tokio::test]
async fn bash_api_adds_finds_and_feeds_its_monitor() {
    let s = hosted().await;
    let r = &s.reseller;
    let query = format!(
        "action=authToken&apikey={}&secretkey={}&version=2",
        r.apikey, r.secretkey
    );
    let token = answer(s.http.get(format!("{}?{query}", s.url)))
        .await
        .read()["authToken"]
        .as_str()
        .expect("authToken")
        .to_string();
    let bash = Bash { s: &s, token };
    // `monitor_constant.sh`: RESULT_PARAMS, ADDITIONAL_PARAMS, MONITOR_TAG, MONITOR_TYPE.
    let add = [
        ("name", "Monitor_1"),
        ("resultParams", "status:status::3;test:test::2"),
        ("tag", "BASH_Monitor"),
        ("type", "BASH_Monitor"),
        ("multiValue", "false"),
        ("additionalResultParams", "details:Details::3"),
    ];
    let id = bash.post("addMonitor", &add).await.data();
    let id = id.as_i64().expect("a monitor id").to_string();
    let again = bash.post("addMonitor", &add).await;
    assert_eq!(again.code(), 17);
    assert_eq!(
        again.message(),
        format!(
            "a custom monitor with name \"Monitor_1\", tag \"BASH_Monitor\" and type \
             \"BASH_Monitor\" exists already (monitorId {id}): change one of them, or find it \
             with action=getMonitors"
        )
    );
    let found = bash
        .get(
            "getMonitors",
            &[
                ("tag", "BASH_Monitor"),
                ("type", "BASH_Monitor"),
                ("name", "Monitor_1"),
            ],
        )
        .await
        .read();
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["id"], id);

    let t = T.to_string();
    let fed = bash
        .post(
            "addResult",
            &[
                ("monitorId", &id),
                ("checktime", &t),
                ("results", "status:OK;test:3"),
            ],
        )
        .await;
    assert_eq!(fed.read(), ok_null());
    let details = bash
        .post(
            "addAdditionalResults",
            &[
                ("monitorId", &id),
                ("checktime", &t),
                ("results", r#"[{"details":"fine"}]"#),
            ],
        )
        .await;
    assert_eq!(details.read(), ok());
    let info = bash
        .get(
            "getMonitorInfo",
            &[("monitorId", &id), ("excludeHidden", "true")],
        )
        .await
        .read();
    assert_eq!(info["id"], id);
    // `get_date`: `date -u +%F`, cut at `-`: the month and day keep their zeros.
    let day = bash
        .get(
            "getMonitorResults",
            &[
                ("monitorId", &id),
                ("year", "2026"),
                ("month", "03"),
                ("day", "15"),
            ],
        )
        .await;
    assert_eq!(
        day.read(),
        json!([{ "status": "OK", "test": 3, "checkTime": T, "checkTimeInGMT": T }])
    );
}

// ----- accounts, endpoints, bad input --------------------------------------------------

/// A reseller's custom monitors are his own; with `clientApikey` he acts on a client's,
/// which the client reads with its own keys (while R1 lets it); a sub-account reads them.
#[tokio::test]
async fn custom_monitors_belong_to_the_account_acted_on() {
    let s = hosted().await;
    let client = s.add_client("ann@example.com").await;
    s.add_order(&client, "external:1", &[]).await;
    let reseller = Client::new(Sdk::Cpan, &s, &s.reseller);
    let own = reseller
        .add(
            "addMonitor",
            &[("resultParams", "up:Up::1"), ("name", "mine"), ("tag", "r")],
        )
        .await;
    let theirs = reseller
        .add(
            "addMonitor",
            &[
                ("resultParams", "up:Up::1"),
                ("name", "ann's"),
                ("tag", "c"),
                ("clientApikey", &client),
            ],
        )
        .await;
    let names = |list: Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap().to_string())
            .collect()
    };
    let mine = reseller.post("getMonitors", &[]).await;
    assert_eq!(mine.code(), 11, "getMonitors is a GET");
    assert_eq!(
        names(reseller.get("getMonitors", &[]).await.read()),
        ["mine"]
    );

    let keys = s.client_keys("ann@example.com").await;
    let ann = Client::new(Sdk::Cpan, &s, &keys);
    assert_eq!(names(ann.get("getMonitors", &[]).await.read()), ["ann's"]);
    let not_hers = ann
        .get("getMonitorInfo", &[("monitorId", &own.to_string())])
        .await;
    assert_eq!(not_hers.code(), 5);
    let t = T.to_string();
    let pushed = ann
        .post(
            "addResult",
            &[
                ("monitorId", &theirs.to_string()),
                ("checktime", &t),
                ("results", "up:true"),
            ],
        )
        .await;
    assert_eq!(pushed.read(), ok_null());

    // Another reseller sees neither.
    let other_keys = s.add_reseller();
    let other = Client::new(Sdk::Cpan, &s, &other_keys);
    assert_eq!(other.get("getMonitors", &[]).await.read(), json!([]));

    // R1: an unpaid reseller's clients are suspended, their pushes refused.
    s.set_paid(false).await;
    let later = (T + MINUTE).to_string();
    let suspended = ann
        .post(
            "addResult",
            &[
                ("monitorId", &theirs.to_string()),
                ("checktime", &later),
                ("results", "up:true"),
            ],
        )
        .await;
    assert_eq!(suspended.code(), 6);
    s.set_paid(true).await;

    // A sub-account reads its parent's custom monitors, and changes none.
    let params = [
        ("firstName", "Vera"),
        ("lastName", "Viewer"),
        ("email", "vera@example.com"),
        ("password", "viewer pw"),
        ("group", "ops"),
    ];
    let sub = Keys::of(&s.post(&s.reseller, "addSubAccount", &params).await.data());
    let viewer = Client::new(Sdk::Python, &s, &sub);
    assert_eq!(names(viewer.get("getMonitors", &[]).await.read()), ["mine"]);
    let refused = viewer
        .post(
            "addMonitor",
            &[("resultParams", "up:Up::1"), ("name", "x"), ("tag", "x")],
        )
        .await;
    assert_eq!(refused.code(), 7);
}

/// Each endpoint knows its own actions: the same name means another action on the other,
/// and a name of the other alone is refused with where to send it.
#[tokio::test]
async fn an_action_of_the_other_endpoint_is_unknown() {
    let s = hosted().await;
    let cpan = Client::new(Sdk::Cpan, &s, &s.reseller);
    let pairs = owned(&[
        ("apikey", &s.reseller.apikey),
        ("output", "JSON"),
        ("version", "2"),
        ("action", "getMonitors"),
    ]);
    let at_api = send_to(&s, "/api", Send::Get, &pairs).await;
    assert_eq!(
        (at_api.code(), at_api.message()),
        (
            10,
            "getMonitors is not an action of /api: send it to /customMonitorApi"
        )
    );
    let clients = cpan.get("clients", &[]).await;
    assert_eq!(
        (clients.code(), clients.message()),
        (
            10,
            "clients is not an action of /customMonitorApi: send it to /api"
        )
    );
    // `addMonitor` at /api is the platform's own (a monitor in an order).
    let platform = s
        .post(
            &s.reseller,
            "addMonitor",
            &[("resultParams", "up:Up::1"), ("name", "x"), ("tag", "x")],
        )
        .await;
    assert_eq!(
        (platform.code(), platform.message()),
        (1, "missing parameter type")
    );
    let put = s
        .http
        .put(endpoint_url(&s, "/customMonitorApi"))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status().as_u16(), 405);
    let body: Value = put.json().await.unwrap();
    assert_eq!(
        body,
        json!({ "error": "/customMonitorApi takes GET (reads) and POST (changes), not PUT", "errorCode": 11 })
    );
}

/// Bad values are refused with what is wrong and how it is written.
#[tokio::test]
async fn bad_input_is_refused_with_its_fix() {
    let s = hosted().await;
    let perl = Client::new(Sdk::Cpan, &s, &s.reseller);
    let refusal = |r: Resp| (r.code(), r.message().to_string());
    let add = |params: Vec<(&'static str, String)>| {
        let perl = &perl;
        async move {
            let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
            perl.post("addMonitor", &params).await
        }
    };
    let named = |result_params: &str| {
        vec![
            ("name", "n".to_string()),
            ("tag", "t".to_string()),
            ("resultParams", result_params.to_string()),
        ]
    };
    assert_eq!(
        refusal(add(vec![("name", "n".into()), ("tag", "t".into())]).await),
        (1, "missing parameter resultParams".to_string())
    );
    assert_eq!(
        refusal(add(named("up:Up::9")).await),
        (
            1,
            "parameter resultParams has dataType \"9\": use 1 (boolean), 2 (integer), 3 (string) \
             or 4 (float): each entry is name:displayName:uom:dataType, separated by ;"
                .to_string()
        )
    );
    let many: Vec<String> = (0..51).map(|i| format!("p{i}:P::2")).collect();
    assert_eq!(
        refusal(add(named(&many.join(";"))).await),
        (
            1,
            "parameter resultParams lists 51 entries: at most 50".to_string()
        )
    );

    let id = perl
        .add(
            "addMonitor",
            &[("resultParams", "n:N::2"), ("name", "n"), ("tag", "t")],
        )
        .await;
    let push = |checktime: &'static str, results: &'static str| {
        let (perl, id) = (&perl, id.clone());
        async move {
            perl.post(
                "addResult",
                &[
                    ("monitorId", &id),
                    ("checktime", checktime),
                    ("results", results),
                ],
            )
            .await
        }
    };
    assert_eq!(
        refusal(push("1773570600000", "n:many").await),
        (
            1,
            "parameter results: the value of n must be a whole number, got \"many\"".to_string()
        )
    );
    assert_eq!(
        refusal(push("1773570600000", "m:1").await),
        (
            1,
            "parameter results names \"m\", which is not a result parameter of the monitor (n)"
                .to_string()
        )
    );
    assert_eq!(
        refusal(push("-5", "n:1").await),
        (
            1,
            "parameter checktime must be milliseconds since 1970-01-01 GMT, got -5".to_string()
        )
    );
    let read = |params: Vec<(&'static str, &'static str)>, action: &'static str| {
        let (perl, id) = (&perl, id.clone());
        async move {
            let mut params = params;
            params.push(("monitorId", &id));
            perl.get(action, &params).await
        }
    };
    assert_eq!(
        refusal(
            read(
                vec![("year", "2026"), ("month", "13"), ("day", "1")],
                "getMonitorResults"
            )
            .await
        ),
        (
            1,
            "parameters year, month and day name no day from 1970 to 9999: 2026-13-1".to_string()
        )
    );
    assert_eq!(
        refusal(
            read(
                vec![
                    ("year", "2026"),
                    ("month", "3"),
                    ("day", "1"),
                    ("timezone", "900")
                ],
                "getMonitorResults"
            )
            .await
        ),
        (
            1,
            "parameter timezone must be minutes from GMT, -720 to 840, got 900".to_string()
        )
    );
    assert_eq!(
        refusal(read(vec![("dateFrom", "2000"), ("dateTo", "1000")], "getReport").await),
        (
            1,
            "parameter dateTo (1000000) is before dateFrom (2000000)".to_string()
        )
    );
    assert_eq!(
        refusal(
            read(
                vec![
                    ("dateFrom", "1000"),
                    ("dateTo", "2000"),
                    ("interval", "1"),
                    ("intervalType", "week")
                ],
                "getReport"
            )
            .await
        ),
        (
            1,
            "parameter intervalType must be min, hour, day or month, got \"week\"".to_string()
        )
    );
    let style = perl
        .post(
            "colorizeMonitors",
            &[("monitorId", &id), ("guiStyle", "green")],
        )
        .await;
    assert!(
        style
            .message()
            .starts_with("parameter guiStyle is not JSON: "),
        "{style:?}"
    );
    let no_agent = perl
        .post(
            "addMonitor",
            &[
                ("resultParams", "n:N::2"),
                ("name", "n"),
                ("tag", "t"),
                ("agentName", "ghost"),
            ],
        )
        .await;
    assert_eq!(
        refusal(no_agent),
        (
            5,
            "no such custom agent (agentName): \"ghost\"; see action=getAgents".to_string()
        )
    );
}
