//! The sandbox under attack, over real HTTP on 127.0.0.1: request limits before
//! authentication, throttled logins, replayed checksums, slow and idle connections,
//! reads beside a held writer, the time budget, JSON answers for every refusal of the
//! transport, private database files and the access log (issue 12).

mod common;

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use common::server::{Resp, Server, sha256_hex, signed_once};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Bounds a step that must end: the test fails instead of hanging.
async fn bounded<T>(what: &str, f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .unwrap_or_else(|_| panic!("{what} did not finish within 60 s"))
}

fn host_port(url: &str) -> String {
    url.trim_start_matches("http://")
        .trim_end_matches("/api")
        .to_string()
}

/// Sends raw bytes on a new connection and reads until the server closes it.
async fn raw_exchange(url: &str, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(host_port(url)).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    bounded("reading the answer", stream.read_to_end(&mut answer))
        .await
        .unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

/// The JSON body of a raw HTTP/1.1 answer.
fn json_body(answer: &str) -> Value {
    let body = answer.split("\r\n\r\n").nth(1).expect("a body");
    serde_json::from_str(body).unwrap_or_else(|_| panic!("JSON body: {answer:?}"))
}

#[tokio::test]
async fn a_flood_of_empty_parameters_is_refused_while_others_are_served() {
    let s = Arc::new(Server::start().await);
    let flood = "&".repeat(200_000);
    let mut floods = tokio::task::JoinSet::new();
    for _ in 0..4 {
        let (s, flood) = (Arc::clone(&s), flood.clone());
        floods.spawn(async move {
            let resp = s
                .http
                .post(&s.url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(flood)
                .send()
                .await
                .unwrap();
            (resp.status().as_u16(), resp.json::<Value>().await.unwrap())
        });
    }
    // A legitimate request beside the floods is answered.
    let info = bounded("userInfo", s.get(&s.reseller, "userInfo", &[]))
        .await
        .read();
    assert_eq!(info["kind"], "reseller");
    while let Some(flooded) = floods.join_next().await {
        assert_eq!(
            flooded.unwrap(),
            (
                413,
                json!({"error": "more than 100 parameters in the request", "errorCode": 12})
            )
        );
    }
    // Before authentication: an unsigned request with a long name gets the same code.
    let long_name = "n".repeat(65);
    let resp = s.raw(true, &[(&long_name, "1")]).await;
    assert_eq!((resp.status, resp.code()), (413, 12));
    let long_value = "v".repeat(256 * 1024 + 1);
    let resp = s
        .raw(true, &[("action", "clients"), ("x", &long_value)])
        .await;
    assert_eq!((resp.status, resp.code()), (413, 12));
    assert!(
        resp.message()
            .contains("parameter x is longer than 262144 bytes")
    );
}

/// The `apikey` login of `email` with `password`, from the address of `http`.
async fn login(s: &Server, http: &reqwest::Client, email: &str, password: &str) -> Resp {
    let hex = sha256_hex(password);
    let pairs: Vec<(String, String)> = [
        ("action", "apikey"),
        ("userName", email),
        ("password", &hex),
        ("version", "3"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let response = http.get(&s.url).query(&pairs).send().await.unwrap();
    let status = response.status().as_u16();
    Resp {
        status,
        body: response.json().await.unwrap(),
    }
}

/// A client whose requests come from another loopback address.
fn client_from(ip: [u8; 4]) -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .local_address(IpAddr::from(ip))
        .build()
        .unwrap()
}

#[tokio::test]
async fn failed_logins_are_throttled_per_account_and_per_address() {
    let s = Server::start().await;
    for email in ["ann@example.com", "bob@example.com", "carla@example.com"] {
        let client = s.add_client(email).await;
        s.add_order(&client, "external:1", &[]).await;
    }
    let here = client_from([127, 0, 0, 1]);
    for _ in 0..5 {
        let wrong = login(&s, &here, "ann@example.com", "wrong").await;
        assert_eq!(wrong.code(), 16);
        // Unknown emails get the same answer.
        let unknown = login(&s, &here, "nobody@example.com", "wrong").await;
        assert_eq!((unknown.status, unknown.body), (wrong.status, wrong.body));
    }
    // The sixth attempt from the guesser's address is refused before the password is
    // looked at, right or not...
    let throttled = login(&s, &here, "ann@example.com", "pw-ann@example.com").await;
    assert_eq!((throttled.status, throttled.code()), (429, 18));
    assert!(
        throttled.message().contains("try again in "),
        "{throttled:?}"
    );
    // ...while the owner, from an address with no failures, still logs in.
    let elsewhere = client_from([127, 0, 0, 2]);
    login(&s, &elsewhere, "ann@example.com", "pw-ann@example.com")
        .await
        .read();
    // Another account is unaffected.
    login(&s, &here, "bob@example.com", "pw-bob@example.com")
        .await
        .read();

    // 20 failures from one address (10 so far) close it to every account...
    for i in 0..10 {
        let wrong = login(&s, &here, &format!("guess{i}@example.com"), "wrong").await;
        assert_eq!(wrong.code(), 16);
    }
    let closed = login(&s, &here, "carla@example.com", "pw-carla@example.com").await;
    assert_eq!(closed.code(), 18);
    // ...but not to another address.
    login(&s, &elsewhere, "carla@example.com", "pw-carla@example.com")
        .await
        .read();
}

/// Sends `wrong` logins at `email` all at once from `addresses` (round robin); returns
/// their errorCodes.
async fn login_burst(
    s: &Arc<Server>,
    email: &'static str,
    wrong: usize,
    addresses: &[[u8; 4]],
) -> Vec<u64> {
    let mut logins = tokio::task::JoinSet::new();
    for i in 0..wrong {
        let s = Arc::clone(s);
        let http = client_from(addresses[i % addresses.len()]);
        logins.spawn(async move { login(&s, &http, email, "wrong").await.code() });
    }
    let mut codes = Vec::new();
    while let Some(code) = logins.join_next().await {
        codes.push(code.unwrap());
    }
    codes
}

#[tokio::test]
async fn a_burst_of_wrong_passwords_gets_no_more_guesses_than_the_throttle_allows() {
    let s = Arc::new(Server::start().await);
    let ann = s.add_client("ann@example.com").await;
    s.add_order(&ann, "external:1", &[]).await;
    // 200 at once from one address: each attempt is reserved before its hash, so five
    // are checked (errorCode 16) and the rest refused unchecked (18, or 20 when the
    // password checks' queue is full).
    let codes = bounded(
        "burst",
        login_burst(&s, "ann@example.com", 200, &[[127, 0, 0, 1]]),
    )
    .await;
    let checked = codes.iter().filter(|c| **c == 16).count();
    assert_eq!(checked, 5, "{codes:?}");
    assert!(codes.iter().all(|c| [16, 18, 20].contains(c)), "{codes:?}");
    // The owner, from an address with no failure, logs in with the right password.
    let owner = client_from([127, 0, 2, 200]);
    login(&s, &owner, "ann@example.com", "pw-ann@example.com")
        .await
        .read();

    // From 30 addresses: five guesses while the account is unguarded, then one per
    // address that has none yet.
    let bob = s.add_client("bob@example.com").await;
    s.add_order(&bob, "external:1", &[]).await;
    let addresses: Vec<[u8; 4]> = (1..=30).map(|i| [127, 0, 3, i]).collect();
    let codes = bounded("burst", login_burst(&s, "bob@example.com", 36, &addresses)).await;
    let checked = codes.iter().filter(|c| **c == 16).count();
    assert!(checked <= 5 + 30, "{checked} checked: {codes:?}");
    assert!(codes.iter().all(|c| [16, 18, 20].contains(c)), "{codes:?}");
    // Every one of those addresses is now refused at this account, right password or not.
    let guesser = client_from([127, 0, 3, 1]);
    let refused = login(&s, &guesser, "bob@example.com", "pw-bob@example.com").await;
    assert_eq!(refused.code(), 18);
    login(&s, &owner, "bob@example.com", "pw-bob@example.com")
        .await
        .read();
}

#[tokio::test]
async fn concurrent_password_checks_are_bounded_and_answered() {
    let s = Arc::new(Server::start().await);
    let mut logins = tokio::task::JoinSet::new();
    for i in 0..80 {
        let s = Arc::clone(&s);
        // Many addresses, so that throttling does not answer first.
        let http = client_from([127, 0, 1, i]);
        logins.spawn(async move { login(&s, &http, &format!("u{i}@example.com"), "x").await });
    }
    let mut codes = Vec::new();
    while let Some(resp) = logins.join_next().await {
        codes.push(resp.unwrap().code());
    }
    // Each is a wrong login (16) or, past the queue of password checks, busy (20).
    assert!(codes.iter().all(|c| [16, 20].contains(c)), "{codes:?}");
    assert!(codes.contains(&16));
}

#[tokio::test]
async fn a_replayed_checksum_is_refused_and_changes_nothing() {
    let s = Server::start().await;
    let ann = s.add_client("ann@example.com").await;
    let order = s.add_order(&ann, "rum:1,rumPageviews:1000", &[]).await;
    let rum = s.add_monitor(order, "rum", "visitors").await;

    let add = signed_once(
        &s.reseller,
        "addOrder",
        &[("clientApikey", &ann), ("services", "external:1")],
    );
    assert!(s.send_pairs(true, &add).await.data()["orderId"].is_i64());
    let again = s.send_pairs(true, &add).await;
    assert_eq!((again.status, again.code()), (409, 19));
    let orders = s.get(&s.reseller, "orders", &[]).await.read();
    assert_eq!(orders.as_array().unwrap().len(), 2);

    let id = rum.to_string();
    let views = signed_once(
        &s.reseller,
        "sandboxPageviews",
        &[("monitorId", &id), ("count", "5")],
    );
    s.send_pairs(true, &views).await.data();
    assert_eq!(s.send_pairs(true, &views).await.code(), 19);
    assert_eq!(s.monitor(rum).await["pageviews"], 5);

    // Reads too: a captured signed read is not a key to later data.
    let read = signed_once(&s.reseller, "clients", &[]);
    s.send_pairs(false, &read).await.read();
    assert_eq!(s.send_pairs(false, &read).await.code(), 19);
}

#[tokio::test]
async fn a_connection_that_never_finishes_its_headers_is_closed() {
    let s = Server::start_with(false, |o| o.header_timeout = Duration::from_millis(500)).await;
    let answer = raw_exchange(&s.url, b"GET /api?action=clients HTTP/1.1\r\nHost: x\r\n").await;
    // Closed without an answer (hyper answers nothing to a request it never read).
    assert!(!answer.contains("200 OK"), "{answer:?}");
    // An idle kept-alive connection is closed too.
    let idle = raw_exchange(&s.url, b"").await;
    assert_eq!(idle, "");
}

#[tokio::test]
async fn a_body_that_never_arrives_is_refused_with_22() {
    let s = Server::start_with(false, |o| o.body_timeout = Duration::from_millis(500)).await;
    let answer = raw_exchange(
        &s.url,
        b"POST /api HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\naction=add",
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?}");
    assert_eq!(json_body(&answer)["errorCode"], 22);
}

#[tokio::test]
async fn idle_connections_past_the_limit_do_not_lock_others_out() {
    let s = Server::start_with(false, |o| {
        o.max_connections = 8;
        o.header_timeout = Duration::from_millis(500);
    })
    .await;
    let mut idle = Vec::new();
    for _ in 0..40 {
        idle.push(TcpStream::connect(host_port(&s.url)).await.unwrap());
    }
    // The idle ones hold their address's share of the slots at most: another address is
    // served beside them (their own address is the one that waits).
    let elsewhere = client_from([127, 0, 0, 2]);
    let answer = bounded(
        "userInfo from another address",
        elsewhere
            .get(&s.url)
            .query(&signed_once(&s.reseller, "userInfo", &[]))
            .send(),
    )
    .await
    .unwrap();
    assert_eq!(answer.status(), 200);
    drop(idle);
    let info = bounded("userInfo", s.get(&s.reseller, "userInfo", &[]))
        .await
        .read();
    assert_eq!(info["kind"], "reseller");
}

/// A connection from `ip` that sends half a request head and nothing more.
async fn half_head_from(url: &str, ip: [u8; 4]) -> Option<TcpStream> {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind((IpAddr::from(ip), 0).into()).unwrap();
    let server: std::net::SocketAddr = host_port(url).parse().unwrap();
    let mut stream = socket.connect(server).await.ok()?;
    stream
        .write_all(b"GET /api?action=userInfo HTTP/1.1\r\nhost: x\r\nx-slow: ")
        .await
        .ok()?;
    Some(stream)
}

#[tokio::test]
async fn a_head_dripped_byte_by_byte_is_cut_at_the_head_deadline() {
    let s = Server::start_with(false, |o| o.header_timeout = Duration::from_secs(1)).await;
    let mut stream = TcpStream::connect(host_port(&s.url)).await.unwrap();
    // One byte every 100 ms, a head that never ends: the deadline holds for the whole head,
    // however much of it keeps arriving.
    let dripped = async {
        for byte in b"GET /api?action=userInfo HTTP/1.1\r\nx-slow: "
            .iter()
            .cycle()
        {
            if stream.write_all(&[*byte]).await.is_err() {
                return;
            }
            let mut probe = [0u8; 1];
            if let Ok(read) =
                tokio::time::timeout(Duration::from_millis(100), stream.read(&mut probe)).await
            {
                // Closed (0), or an answer before the close: either way the head was cut.
                let _ = read;
                return;
            }
        }
    };
    bounded("the dripped head to be cut", dripped).await;
}

#[tokio::test]
async fn half_sent_heads_from_a_few_addresses_leave_others_served() {
    // A head deadline far past the test's bound: slots held until it ran out would fail
    // the test, not slow it.
    let s = Server::start_with(false, |o| {
        o.max_connections = 32;
        o.header_timeout = Duration::from_secs(300);
    })
    .await;
    // 60 half-sent heads from two addresses: more than every slot.
    let mut held = Vec::new();
    for i in 0..60 {
        held.extend(half_head_from(&s.url, [127, 0, 4, 1 + i % 2]).await);
    }
    // Another address is served: the two hold their share of the slots, not all of them.
    let info = bounded(
        "userInfo beside a flood",
        s.get(&s.reseller, "userInfo", &[]),
    )
    .await
    .read();
    assert_eq!(info["kind"], "reseller");
    drop(held);
}

#[tokio::test]
async fn a_read_is_answered_while_the_writer_is_held() {
    let s = Arc::new(Server::start().await);
    let other = s.add_reseller();
    // Another process holds the database's write lock: the server's writer waits on it.
    let mut holder = rusqlite::Connection::open(&s.db).unwrap();
    let tx = holder
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .unwrap();
    tx.execute("UPDATE resellers SET paid = 1", []).unwrap();
    let writing = {
        let s = Arc::clone(&s);
        tokio::spawn(async move {
            s.post(&s.reseller, "sandboxBilling", &[("paid", "true")])
                .await
        })
    };
    // Let the change reach the writer first; the assertion below does not depend on it.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let info = bounded("userInfo", s.get(&other, "userInfo", &[]))
        .await
        .read();
    assert_eq!(info["kind"], "reseller");
    assert!(
        !writing.is_finished(),
        "the change should still wait for the lock"
    );
    tx.commit().unwrap();
    bounded("the change", writing).await.unwrap().data();
}

#[tokio::test]
async fn a_request_past_its_time_budget_is_refused_with_21() {
    let s = Server::start_with(false, |o| o.request_budget = Duration::from_micros(1)).await;
    // Set up through the file: with a 1 µs budget, most requests run out of time.
    {
        let conn = rusqlite::Connection::open(&s.db).unwrap();
        conn.execute_batch(
            "INSERT INTO clients (reseller_id, email, first_name, last_name, password_hash, apikey, secretkey, created_at)
               VALUES (1, 'ann@example.com', 'A', 'L', 'x', 'K1', 'S1', '2026-01-01 00:00:00');
             INSERT INTO orders (client_id, name, managed, status, billing_cycle, cycle_start, start_date, grace_period)
               VALUES (1, 'O', 0, 'active', 'monthly', '2026-01-01', '2026-01-01', 0);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
             INSERT INTO monitors (client_id, order_id, type, name, url, interval, status, created_at)
               SELECT 1, 1, 'external', 'm' || i, 'https://a.example', 5, 'active', '2026-01-01 00:00:00' FROM n;",
        )
        .unwrap();
    }
    let resp = s.get(&s.reseller, "monitors", &[]).await;
    assert_eq!((resp.status, resp.code()), (503, 21), "{resp:?}");
}

#[tokio::test]
async fn transport_refusals_are_json_envelopes() {
    let s = Server::start().await;
    for method in ["PUT", "DELETE", "OPTIONS", "PATCH"] {
        let resp = s
            .http
            .request(method.parse().unwrap(), &s.url)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 405, "{method}");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(body["errorCode"], 11, "{method}");
    }
    let resp = s
        .http
        .put(s.url.replace("/api", "/other"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
    assert_eq!(resp.json::<Value>().await.unwrap()["errorCode"], 5);

    let long = format!("{}?action=clients&x={}", s.url, "y".repeat(20_000));
    let resp = s.http.get(long).send().await.unwrap();
    assert_eq!(resp.status(), 414);
    assert_eq!(resp.json::<Value>().await.unwrap()["errorCode"], 12);

    let resp = s
        .http
        .get(&s.url)
        .header("x-big", "z".repeat(20_000))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 431);
    assert_eq!(resp.json::<Value>().await.unwrap()["errorCode"], 12);
}

/// Heads hyper refuses by itself, before the router: too large for its buffer, too many
/// fields, malformed. Each gets the JSON envelope, and the server goes on serving.
#[tokio::test]
async fn heads_hyper_refuses_get_json_envelopes_too() {
    let s = Server::start().await;
    let huge = format!(
        "GET /api?action=clients HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "z".repeat(300 * 1024)
    );
    let many = format!(
        "GET /api?action=clients HTTP/1.1\r\nHost: x\r\n{}\r\n",
        (0..120)
            .map(|i| format!("X-{i}: 1\r\n"))
            .collect::<String>()
    );
    let cases = [
        (huge.as_str(), "HTTP/1.1 431 ", 12),
        (many.as_str(), "HTTP/1.1 431 ", 12),
        ("GET /api HTTP/1.1\r\nHost x\r\n\r\n", "HTTP/1.1 400 ", 1),
        ("NOT AN HTTP REQUEST\r\n\r\n", "HTTP/1.1 400 ", 1),
    ];
    for (request, status, code) in cases {
        // The server answers and closes before it has read all of a huge head: the
        // rest of the write may fail, and the answer is what arrived before the close.
        let mut stream = TcpStream::connect(host_port(&s.url)).await.unwrap();
        let _ = stream.write_all(request.as_bytes()).await;
        let mut answer = Vec::new();
        let _ = bounded("reading the answer", stream.read_to_end(&mut answer)).await;
        let answer = String::from_utf8_lossy(&answer).into_owned();
        assert!(
            answer.starts_with(status),
            "{status}: {:?}",
            &answer[..answer.len().min(200)]
        );
        assert!(
            answer.contains("content-type: application/json\r\n"),
            "{answer:?}"
        );
        let body = json_body(&answer);
        assert_eq!(body["errorCode"], code, "{answer:?}");
        assert!(!body["error"].as_str().unwrap().is_empty());
    }
    let info = bounded("userInfo", s.get(&s.reseller, "userInfo", &[]))
        .await
        .read();
    assert_eq!(info["kind"], "reseller");
}

#[cfg(unix)]
#[tokio::test]
async fn database_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let s = Server::start().await;
    s.add_client("ann@example.com").await;
    // The embedded sandbox's database, seeded on first use, in the data folder.
    let home = tempfile::tempdir().unwrap();
    common::cli::Cli::new(home.path())
        .args(["--sandbox", "client", "list"])
        .ok();
    let embedded = home.path().join("data/monitis/sandbox.db");
    // The server's database while it runs (with its -wal and -shm), and the embedded one
    // after the CLI closed it (SQLite removed its -wal and -shm).
    let paths = ["", "-wal", "-shm"]
        .map(|suffix| format!("{}{suffix}", s.db.display()))
        .into_iter()
        .chain([embedded.display().to_string()]);
    for path in paths {
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{path}");
    }
}

#[tokio::test]
async fn each_request_has_an_access_log_line_without_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("access.log");
    let target = log.clone();
    let s = Server::start_with(false, move |o| {
        o.access_log = Some(monitis_platform::AccessLog::File(target));
    })
    .await;
    let ann = s.add_client("ann@example.com").await;
    s.add_order(&ann, "external:1", &[]).await;
    assert_eq!(
        s.get(&s.reseller, "orderInfo", &[("orderId", "99")])
            .await
            .code(),
        5
    );
    let secret = s.reseller.secretkey.clone();
    let apikey = s.reseller.apikey.clone();
    s.stop().await;
    // The lines are written by a thread of their own: wait (bounded) for the last one.
    let text = bounded("the access log", async {
        loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            if text.lines().count() >= 3 {
                return text;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await;
    let fields: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split(' ').collect::<Vec<_>>())
        .collect();
    let summary: Vec<(&str, &str, &str, &str)> =
        fields.iter().map(|f| (f[2], f[3], f[4], f[6])).collect();
    assert_eq!(
        summary,
        [
            ("POST", "addClient", "200", "reseller=1"),
            ("POST", "addOrder", "200", "reseller=1"),
            ("GET", "orderInfo", "404", "reseller=1"),
        ]
    );
    for needle in [&*secret, &*apikey, &*ann, "ann@example.com"] {
        assert!(!text.contains(needle), "{text}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&log).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[tokio::test]
async fn bad_values_are_parameter_errors_never_internal_ones() {
    let s = Server::start().await;
    let ann = s.add_client("ann@example.com").await;
    let order = s
        .add_order(&ann, "rum:1,rumPageviews:1000,external:1", &[])
        .await;
    let rum = s.add_monitor(order, "rum", "visitors").await;
    let refused = |resp: Resp, needle: &str| {
        assert_eq!((resp.status, resp.code()), (400, 1), "{resp:?}");
        assert!(resp.message().contains(needle), "{needle}: {resp:?}");
        // A bad value is quoted short, whatever its size.
        assert!(resp.message().len() < 300, "{resp:?}");
    };
    let r = &s.reseller;
    refused(
        s.post(
            r,
            "addOrder",
            &[
                ("clientApikey", &ann),
                ("services", "rumPageviews:9223372036854775808"),
            ],
        )
        .await,
        "quantity of rumPageviews must be at most 1000000000",
    );
    refused(
        s.post(
            r,
            "sandboxPageviews",
            &[
                ("monitorId", &rum.to_string()),
                ("count", "9223372036854775807"),
            ],
        )
        .await,
        "parameter count must be at most 1000000000",
    );
    refused(
        s.post(
            r,
            "addOrder",
            &[
                ("clientApikey", &ann),
                ("services", "rum:1"),
                ("endDate", "10000-01-01"),
            ],
        )
        .await,
        "parameter endDate must be a date YYYY-MM-DD",
    );
    let long_email = format!("{}@example.com", "a".repeat(10 * 1024));
    let nul_name = "A\0B".to_string();
    let huge_name = "n".repeat(900);
    for (field, value, needle) in [
        (
            "email",
            "a@b@c.d",
            "parameter email is not an email address",
        ),
        ("email", "a@.", "parameter email is not an email address"),
        (
            "email",
            &long_email,
            "parameter email is longer than 254 characters",
        ),
        (
            "firstName",
            &nul_name,
            "parameter firstName holds a control character",
        ),
        (
            "lastName",
            &huge_name,
            "parameter lastName is longer than 200 characters",
        ),
    ] {
        let mut params = vec![
            ("email", "new@example.com"),
            ("firstName", "New"),
            ("lastName", "Client"),
            ("password", "pw"),
        ];
        params.retain(|(k, _)| *k != field);
        params.push((field, value));
        refused(s.post(r, "addClient", &params).await, needle);
    }
    refused(
        s.post(
            r,
            "addMonitor",
            &[
                ("orderId", &order.to_string()),
                ("type", "external"),
                ("name", "x"),
                ("url", "javascript:alert(1)"),
            ],
        )
        .await,
        "parameter url must be an http:// or https:// URL or a host name",
    );
    refused(
        s.post(
            r,
            "editMonitor",
            &[
                ("monitorId", &rum.to_string()),
                ("url", "file:///etc/passwd"),
            ],
        )
        .await,
        "parameter url must be",
    );
    // Nothing of the above was stored.
    assert_eq!(
        s.get(r, "clients", &[])
            .await
            .read()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(s.monitor(rum).await["url"], "https://example.com");
}

#[tokio::test]
async fn an_order_that_ends_on_the_last_day_of_9999_is_active() {
    let s = Server::start().await;
    let ann = s.add_client("ann@example.com").await;
    let order = s
        .add_order(
            &ann,
            "external:1",
            &[
                ("startDate", "9999-12-31"),
                ("endDate", "9999-12-31"),
                ("gracePeriod", "45"),
            ],
        )
        .await;
    // Read twice: R9 runs on every request and must not expire it either.
    s.order(order).await;
    let read = s.order(order).await;
    assert_eq!(
        (read["status"].clone(), read["suspendedBy"].clone()),
        (json!("active"), Value::Null)
    );
}

#[tokio::test]
async fn emails_are_unique_whatever_their_unicode_case() {
    let s = Server::start().await;
    s.add_client("üser@exämple.com").await;
    let again = s
        .post(
            &s.reseller,
            "addClient",
            &[
                ("email", "ÜSER@EXÄMPLE.COM"),
                ("firstName", "U"),
                ("lastName", "Ser"),
                ("password", "pw"),
            ],
        )
        .await;
    assert_eq!(again.code(), 17);
    let clients = s.get(&s.reseller, "clients", &[]).await.read();
    assert_eq!(clients.as_array().unwrap().len(), 1);
    // The login folds the email the same way.
    let hex = sha256_hex("pw-üser@exämple.com");
    let login = s
        .raw(
            false,
            &[
                ("action", "apikey"),
                ("userName", "ÜSER@EXÄMPLE.COM"),
                ("password", &hex),
                ("version", "3"),
            ],
        )
        .await;
    // The login answers for a client with no order yet (R1 leaves it open): the keys of
    // the one client, so the password was verified against it.
    let keys = login.read();
    assert_eq!(keys["apikey"], clients[0]["apikey"], "{keys}");
}

#[test]
fn the_cli_refuses_bad_values_before_sending() {
    let sb = common::cli::Sandbox::start();
    for (email, first_name, problem) in [
        ("a@b@c.d", "A", "--email is not an email address"),
        (
            "a@example.com",
            "A\u{7}",
            "--first-name holds a control character",
        ),
    ] {
        let run = sb
            .monitis()
            .args([
                "client",
                "add",
                "--email",
                email,
                "--first-name",
                first_name,
            ])
            .args(["--last-name", "B", "--password-stdin"])
            .stdin("pw\n")
            .run();
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains(problem), "{run:?}");
    }
    let file = sb.dir.path().join("rows.csv");
    std::fs::write(
        &file,
        "email,firstName,lastName,password\na@.,Ann,Lee,pw1\nok@example.com,Bob,Lee,pw2\n",
    )
    .unwrap();
    let run = sb
        .monitis()
        .args(["client", "import", file.to_str().unwrap()])
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("line 2: email is not an email address"),
        "{run:?}"
    );
    // Nothing was sent: no client exists.
    let listed = sb.monitis().args(["client", "list"]).json();
    assert_eq!(listed, json!([]));
}

/// A client for the web dashboard that shows its redirects rather than follow them.
fn dashboard_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The `monitis_session=…` pair an answer sets, if it opens a session.
fn session_cookie(answer: &reqwest::Response) -> Option<String> {
    answer
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().split(';').next().unwrap().to_string())
        .find(|c| c.starts_with("monitis_session="))
}

/// Logs in to the web dashboard over HTTP: the answer's status and the session cookie's
/// pair, if it opened one.
async fn web_login(s: &Server, email: &str, password: &str) -> (u16, Option<String>) {
    let http = dashboard_client();
    let base = s.url.trim_end_matches("/api");
    let page = http
        .get(format!("{base}/dashboard/login"))
        .send()
        .await
        .unwrap();
    let cookie = page.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let html = page.text().await.unwrap();
    let at = html.find("name=\"csrf\" value=\"").unwrap() + 19;
    let csrf = &html[at..at + html[at..].find('"').unwrap()];
    let answer = http
        .post(format!("{base}/dashboard/login"))
        .header("cookie", cookie)
        .form(&[("csrf", csrf), ("email", email), ("password", password)])
        .send()
        .await
        .unwrap();
    let session = session_cookie(&answer);
    (answer.status().as_u16(), session)
}

/// The dashboard's overview with a cookie: 200 while the session stands, else a
/// redirect to the login page.
async fn overview(s: &Server, cookie: &str) -> (u16, String) {
    let http = dashboard_client();
    let base = s.url.trim_end_matches("/api");
    let page = http
        .get(format!("{base}/dashboard/"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    let location = page
        .headers()
        .get("location")
        .map_or(String::new(), |l| l.to_str().unwrap().to_string());
    (page.status().as_u16(), location)
}

#[tokio::test]
async fn sessions_end_with_a_password_change_a_deletion_or_a_key_reset() {
    let s = Server::start().await;
    let signed_in = (200, String::new());
    let signed_out = (303, "/dashboard/login".to_string());
    let ann = s.add_client("ann@example.com").await;
    s.add_order(&ann, "external:1", &[]).await;
    let login = |email: &'static str, password: &'static str| {
        let s = &s;
        async move { web_login(s, email, password).await.1.expect("a session") }
    };

    let cookie = login("ann@example.com", "pw-ann@example.com").await;
    assert_eq!(overview(&s, &cookie).await, signed_in);
    let pairs = [
        ("clientApikey", ann.as_str()),
        ("password", "a new password"),
    ];
    s.post(&s.reseller, "editUser", &pairs).await.data();
    assert_eq!(overview(&s, &cookie).await, signed_out);

    // Deleted, and another client added: the session does not show the newcomer, whose
    // id is not the deleted one's.
    let cookie = login("ann@example.com", "a new password").await;
    let ann_id = s.get(&s.reseller, "clients", &[]).await.read()[0]["id"].clone();
    let apikey = s.get(&s.reseller, "clients", &[]).await.read()[0]["apikey"]
        .as_str()
        .unwrap()
        .to_string();
    s.post(&s.reseller, "deleteClient", &[("clientAPIKey", &apikey)])
        .await
        .data();
    let bob = s.add_client("bob@example.com").await;
    s.add_order(&bob, "external:1", &[]).await;
    let bob_id = s.get(&s.reseller, "clients", &[]).await.read()[0]["id"].clone();
    assert_ne!(ann_id, bob_id);
    assert_eq!(overview(&s, &cookie).await, signed_out);

    // A preview link made before the client's password changed opens nothing after.
    let preview = s
        .post(&s.reseller, "dashboardPreview", &[("clientApikey", &bob)])
        .await
        .data();
    let pairs = [("clientApikey", bob.as_str()), ("password", "changed")];
    s.post(&s.reseller, "editUser", &pairs).await.data();
    assert_eq!(
        overview(&s, &open_preview(&s, &preview).await).await,
        signed_out
    );

    // A preview ends when the reseller's keys are reset.
    let preview = s
        .post(&s.reseller, "dashboardPreview", &[("clientApikey", &bob)])
        .await
        .data();
    let cookie = open_preview(&s, &preview).await;
    assert_eq!(overview(&s, &cookie).await, signed_in);
    s.post(&s.reseller, "resetKeys", &[]).await.data();
    assert_eq!(overview(&s, &cookie).await, signed_out);
}

/// Opens a `dashboardPreview` answer's link: the session cookie's pair.
async fn open_preview(s: &Server, preview: &Value) -> String {
    let http = dashboard_client();
    let base = s.url.trim_end_matches("/api");
    let opened = http
        .get(format!(
            "{base}{}{}",
            preview["path"].as_str().unwrap(),
            preview["previewToken"].as_str().unwrap()
        ))
        .send()
        .await
        .unwrap();
    session_cookie(&opened).expect("the link opens a session")
}

#[tokio::test]
async fn one_resellers_previews_past_his_share_leave_other_resellers_logins_alone() {
    let s = Server::start_with(false, |o| {
        o.shares = monitis_platform::Shares {
            dashboard_entries: 12,
            dashboard_per_reseller: 5,
            ..Default::default()
        }
    })
    .await;
    let ann = s.add_client("ann@example.com").await;
    // Another reseller and his client.
    let other = s.add_reseller();
    let pairs = [
        ("firstName", "Bob"),
        ("lastName", "Other"),
        ("email", "bob@example.com"),
        ("password", "pw-bob@example.com"),
    ];
    s.post(&other, "addClient", &pairs).await.data();
    // The first reseller asks for previews past his share: he alone is refused.
    let mut codes = Vec::new();
    for _ in 0..20 {
        let preview = s
            .post(&s.reseller, "dashboardPreview", &[("clientApikey", &ann)])
            .await;
        codes.push(if preview.status == 200 {
            0
        } else {
            preview.code()
        });
    }
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 5, "{codes:?}");
    assert!(codes.iter().all(|c| [0, 20].contains(c)), "{codes:?}");
    // The other reseller's client logs in to his dashboard as ever.
    let (status, session) = web_login(&s, "bob@example.com", "pw-bob@example.com").await;
    assert_eq!(status, 303);
    assert!(session.is_some());
}
