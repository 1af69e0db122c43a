//! The sandbox as a process and under stress: the built binary's `sandbox init` and
//! `sandbox serve` (first stdout line, clean stop on SIGTERM with nothing lost),
//! `sandbox generate`, fault injection, concurrency and a 10,000-monitor bulk move.

mod common;

use std::process::{Command, Stdio};
use std::sync::Arc;

use common::cli::{BIN, init, serve};
use common::server::{Keys, Server, state};
use serde_json::{Value, json};

/// The server process, killed if the test fails before stopping it.
struct Serving(Option<std::process::Child>);

impl Drop for Serving {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn count(conn: &rusqlite::Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn serve_prints_its_url_first_and_sigterm_keeps_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let first = init(&db, true);
    let second = init(&db, false);
    assert_eq!(
        (first["resellerId"].clone(), second["resellerId"].clone()),
        (json!(1), json!(2))
    );
    assert_eq!(first["apikey"].as_str().unwrap().len(), 26);
    assert_eq!(first["secretkey"].as_str().unwrap().len(), 32);

    // Latency keeps a request in flight while the server is told to stop.
    let (child, url) = serve(&db, &["--latency", "400"], Stdio::piped());
    let pid = child.id().to_string();
    let mut serving = Serving(Some(child));
    let s = Arc::new(Server::connect(dir, db.clone(), url, Keys::of(&first)));
    let ann = s.add_client("zoe@example.com").await;
    let order = s
        .add_order(
            &ann,
            "external:5,rum:2,rumPageviews:1000",
            &[("name", "Kept")],
        )
        .await;
    let rum = s.add_monitor(order, "rum", "visitors").await;
    s.pageviews(rum, 777).await;
    s.post(
        &s.reseller,
        "setBranding",
        &[("logoUrl", "https://acme.example/logo.png")],
    )
    .await
    .data();
    let moved = s
        .post(
            &s.reseller,
            "ChangeMonitorOrder",
            &[("monitorId", "3"), ("orderId", "2")],
        )
        .await
        .data();
    assert_eq!(moved["result"], "moved");

    // One more change in flight: once it is committed (visible in the file) the server is
    // stopped, and the answer must still arrive.
    let in_flight = {
        let s = Arc::clone(&s);
        tokio::spawn(async move { s.add_client("late@example.com").await })
    };
    let reader = rusqlite::Connection::open(&db).unwrap();
    while count(
        &reader,
        "SELECT COUNT(*) FROM clients WHERE email = 'late@example.com'",
    ) == 0
    {
        tokio::task::yield_now().await;
    }
    drop(reader);
    let term = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(term.success());
    let late = in_flight.await.unwrap();
    assert_eq!(late.len(), 26);
    let output = serving.0.take().unwrap().wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("sandbox stopped"), "{stderr}");
    // The access log: a line per request, without keys or checksums.
    assert!(
        stderr
            .lines()
            .any(|l| l.contains(" POST ChangeMonitorOrder 200 ") && l.ends_with(" reseller=1")),
        "{stderr}"
    );
    assert!(!stderr.contains(&s.reseller.secretkey) && !stderr.contains(&s.reseller.apikey));

    // Closed cleanly: the write-ahead log was checkpointed and removed.
    assert!(!db.with_extension("db-wal").exists());
    let conn = rusqlite::Connection::open(&db).unwrap();
    assert_eq!(
        conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0))
            .unwrap(),
        "ok"
    );
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM resellers"), 2);
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM clients WHERE email IN ('zoe@example.com', 'late@example.com')"
        ),
        2
    );
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM orders WHERE name = 'Kept'"),
        1
    );
    assert_eq!(
        count(
            &conn,
            &format!("SELECT pageviews FROM monitors WHERE id = {rum}")
        ),
        777
    );
    assert_eq!(
        count(&conn, "SELECT order_id FROM monitors WHERE id = 3"),
        2
    );
    let logo: String = conn
        .query_row("SELECT logo_url FROM resellers WHERE id = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(logo, "https://acme.example/logo.png");
}

#[tokio::test]
async fn sigterm_stops_the_server_despite_a_stuck_connection() {
    use tokio::io::AsyncWriteExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let keys = Keys::of(&init(&db, false));
    // Headers may take 10 minutes here: only the grace period can end the wait.
    let (child, url) = serve(
        &db,
        &["--header-timeout", "600", "--shutdown-grace", "1"],
        Stdio::piped(),
    );
    let pid = child.id().to_string();
    let mut serving = Serving(Some(child));
    let mut stuck =
        tokio::net::TcpStream::connect(url.trim_start_matches("http://").trim_end_matches("/api"))
            .await
            .unwrap();
    stuck
        .write_all(b"GET /api?action=clients HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let s = Server::connect(dir, db, url, keys);
    s.get(&s.reseller, "userInfo", &[]).await.read();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let mut child = serving.0.take().unwrap();
    let mut waited = 0;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(waited < 600, "still running 60 s after SIGTERM");
        waited += 1;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(status.success(), "{stderr}");
    assert!(
        stderr.contains("still open after the 1 s grace period"),
        "{stderr}"
    );
    drop(stuck);
}

#[tokio::test]
async fn serve_refuses_a_missing_database_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args([
            "sandbox",
            "serve",
            "--db",
            dir.path().join("none.db").to_str().unwrap(),
        ])
        .env_clear()
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("none.db"));
}

#[tokio::test]
async fn generate_fills_a_database_the_server_serves() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bulk.db");
    let out = Command::new(BIN)
        .args(["sandbox", "generate", "--db", db.to_str().unwrap()])
        .args([
            "--clients",
            "40",
            "--orders-per-client",
            "2",
            "--monitors-per-order",
            "6",
            "--seed",
            "5",
        ])
        .env_clear()
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            summary["clients"].clone(),
            summary["orders"].clone(),
            summary["monitors"].clone()
        ),
        (json!(40), json!(80), json!(480))
    );

    let opts = monitis_platform::ServerOptions::new(&db, "127.0.0.1:0".parse().unwrap());
    let running = monitis_platform::start(opts).await.unwrap();
    let s = Server::connect(dir, db, running.url.clone(), Keys::of(&summary));
    let usage = s.get(&s.reseller, "rumUsage", &[]).await.read();
    let over = usage
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["status"] == "active" && u["used"].as_u64() > u["ordered"].as_u64())
        .inspect(|u| assert_eq!(u["suspendedMonitors"], u["rumMonitors"], "{u}"))
        .count();
    assert_eq!(json!(over), summary["ordersOverQuota"]);
    assert!(over > 0);
    let clients = s.get(&s.reseller, "clients", &[]).await.read();
    let email = clients[0]["account"].as_str().unwrap();
    assert!(email.contains('@') && email.contains('.'), "{email}");
    running.shutdown().await.unwrap();
}

/// The statuses of `n` addClient requests, and which emails they named.
async fn fault_run(seed: u64) -> (Vec<(String, u16, String)>, Vec<String>) {
    let s = Server::start_with(false, |o| {
        o.fault_rate = 0.5;
        o.fault_seed = seed;
    })
    .await;
    let mut answers = Vec::new();
    for i in 0..40 {
        let email = format!("c{i}@example.com");
        let resp = s
            .post(
                &s.reseller,
                "addClient",
                &[
                    ("firstName", "F"),
                    ("lastName", "L"),
                    ("email", &email),
                    ("password", "x"),
                ],
            )
            .await;
        let status = resp.status;
        let kind = if status == 503 {
            assert_eq!(resp.code(), 13);
            if resp.message().contains("not applied") {
                "before"
            } else {
                "after"
            }
        } else {
            resp.data();
            "ok"
        };
        answers.push((email, status, kind.to_string()));
    }
    let s = s.restart(|_| {}).await;
    let stored = s.get(&s.reseller, "clients", &[]).await.read();
    let emails = stored
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["account"].as_str().unwrap().to_string())
        .collect();
    (answers, emails)
}

#[tokio::test]
async fn fault_injection_fails_before_or_after_the_commit_repeatably() {
    let (answers, stored) = fault_run(7).await;
    let kinds: Vec<&str> = answers.iter().map(|(_, _, k)| k.as_str()).collect();
    assert!(
        kinds.contains(&"before") && kinds.contains(&"after") && kinds.contains(&"ok"),
        "{kinds:?}"
    );
    for (email, _, kind) in &answers {
        assert_eq!(
            stored.contains(email),
            kind != "before",
            "{email} answered {kind}"
        );
    }
    let (again, _) = fault_run(7).await;
    assert_eq!(answers, again, "the same seed gives the same faults");
    let (other, _) = fault_run(8).await;
    assert_ne!(answers, other);
}

#[tokio::test]
async fn many_parallel_requests_without_database_is_locked() {
    let s = Arc::new(Server::start().await);
    let ann = s.add_client("zoe@example.com").await;
    let order = s
        .add_order(&ann, "external:500,rum:1,rumPageviews:1000000", &[])
        .await;
    let rum = s.add_monitor(order, "rum", "visitors").await;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..240 {
        let s = Arc::clone(&s);
        tasks.spawn(async move {
            match i % 3 {
                0 => {
                    s.post(
                        &s.reseller,
                        "addMonitor",
                        &[
                            ("orderId", &order.to_string()),
                            ("type", "external"),
                            ("name", &format!("m{i}")),
                            ("url", "https://a.example"),
                        ],
                    )
                    .await
                }
                1 => {
                    s.post(
                        &s.reseller,
                        "sandboxPageviews",
                        &[("monitorId", &rum.to_string()), ("count", "1")],
                    )
                    .await
                }
                _ => {
                    s.get(&s.reseller, "monitors", &[("orderId", &order.to_string())])
                        .await
                }
            }
        });
    }
    while let Some(resp) = tasks.join_next().await {
        let resp = resp.unwrap();
        assert_eq!(resp.status, 200, "{resp:?}");
    }
    let externals = s
        .get(
            &s.reseller,
            "monitors",
            &[("orderId", &order.to_string()), ("type", "external")],
        )
        .await
        .read();
    assert_eq!(externals.as_array().unwrap().len(), 80);
    assert_eq!(s.monitor(rum).await["pageviews"], 80);
}

#[tokio::test]
async fn bulk_move_of_ten_thousand_monitors_is_one_transaction() {
    const N: usize = 10_000;
    let s = Server::start().await;
    let ann = s.add_client("zoe@example.com").await;
    let source = s
        .add_order(&ann, &format!("rum:{N},rumPageviews:1000"), &[])
        .await;
    let target = s
        .add_order(&ann, &format!("rum:{N},rumPageviews:20000"), &[])
        .await;
    let client_id = s
        .get(&s.reseller, "userInfo", &[("clientApikey", &ann)])
        .await
        .read()["id"]
        .as_i64()
        .unwrap();
    // Fixture: 10,000 RUM monitors of 1 pageview each, inserted straight into the file
    // (10,000 addMonitor calls would only test the setup). 10,000 > 1,000: over quota.
    {
        let mut conn = rusqlite::Connection::open(&s.db).unwrap();
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .unwrap();
        let tx = conn.transaction().unwrap();
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO monitors (client_id, order_id, type, name, url, interval, status, suspended_reason, pageviews, created_at)
                     VALUES (?1, ?2, 'rum', ?3, 'www.example.com', 5, 'suspended', 'pageviews', 1, '2026-01-01 00:00:00')",
                )
                .unwrap();
            for i in 0..N {
                insert
                    .execute(rusqlite::params![client_id, source, format!("rum {i}")])
                    .unwrap();
            }
        }
        tx.commit().unwrap();
    }
    let listed = s
        .get(&s.reseller, "monitors", &[("orderId", &source.to_string())])
        .await
        .read();
    let ids: Vec<String> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].to_string())
        .collect();
    assert_eq!(ids.len(), N);

    let started = std::time::Instant::now();
    let result = s
        .post(
            &s.reseller,
            "BulkChangeMonitorOrder",
            &[
                ("monitorIds", &ids.join(",")),
                ("orderId", &target.to_string()),
            ],
        )
        .await
        .data();
    eprintln!(
        "bulk move of {N} monitors: {:?} (see docs/benchmarks.md)",
        started.elapsed()
    );
    assert_eq!(result["moved"].as_array().unwrap().len(), N);
    assert_eq!(
        (result["unchanged"].clone(), result["failed"].clone()),
        (json!([]), json!([]))
    );
    let usage = s
        .get(&s.reseller, "rumUsage", &[("clientApikey", &ann)])
        .await
        .read();
    assert_eq!(
        (usage[0]["rumMonitors"].clone(), usage[0]["used"].clone()),
        (json!(0), json!(0))
    );
    assert_eq!(
        (
            usage[1]["rumMonitors"].clone(),
            usage[1]["used"].clone(),
            usage[1]["suspendedMonitors"].clone()
        ),
        (json!(N), json!(N), json!(0))
    );
    let sample = s.monitor(listed[N - 1]["id"].as_i64().unwrap()).await;
    assert_eq!(
        (state(&sample), sample["orderId"].clone()),
        (("active".into(), Value::Null), json!(target))
    );

    // Moved back, the 10,000 pageviews exceed the source's 1,000 again: all suspended (R6).
    let back = s
        .post(
            &s.reseller,
            "BulkChangeMonitorOrder",
            &[
                ("monitorIds", &ids.join(",")),
                ("orderId", &source.to_string()),
            ],
        )
        .await
        .data();
    assert_eq!(back["moved"].as_array().unwrap().len(), N);
    let usage = s
        .get(&s.reseller, "rumUsage", &[("orderId", &source.to_string())])
        .await
        .read();
    assert_eq!(usage[0]["suspendedMonitors"], json!(N));
}

/// A field of /proc/PID/status in kB (VmRSS, VmHWM).
#[cfg(target_os = "linux")]
fn status_kb(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status
        .lines()
        .find(|l| l.starts_with(field))
        .unwrap_or_else(|| panic!("no {field} in /proc/{pid}/status"));
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[cfg(target_os = "linux")]
#[tokio::test]
async fn password_bursts_keep_the_server_under_150_mb_and_it_gives_the_memory_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    init(&db, false);
    let (child, url) = serve(&db, &[], Stdio::null());
    let pid = child.id();
    let _serving = Serving(Some(child));
    let idle = status_kb(pid, "VmRSS");
    // Three bursts of 400 wrong logins at once, each for another email from another
    // address, so that the throttle lets them all reach Argon2 (or its queue).
    let _ = rustls::crypto::ring::default_provider().install_default();
    for burst in 0..3u32 {
        let mut logins = tokio::task::JoinSet::new();
        for i in 0..400u32 {
            let n = burst * 400 + i;
            let ip = std::net::IpAddr::from([127, 2, (n / 250) as u8, (n % 250 + 1) as u8]);
            let http = reqwest::Client::builder()
                .local_address(ip)
                .build()
                .unwrap();
            let url = url.clone();
            logins.spawn(async move {
                let hex = common::server::sha256_hex("wrong");
                let email = format!("u{n}@example.com");
                let pairs = [
                    ("action", "apikey"),
                    ("userName", email.as_str()),
                    ("password", hex.as_str()),
                    ("version", "3"),
                ];
                let answer = http.get(&url).query(&pairs).send().await.unwrap();
                let body: Value = answer.json().await.unwrap();
                body["errorCode"].as_u64().unwrap()
            });
        }
        while let Some(code) = logins.join_next().await {
            // A wrong login, or busy past the queue of password checks.
            assert!([16, 20].contains(&code.unwrap()));
        }
    }
    let peak = status_kb(pid, "VmHWM");
    assert!(peak < 150 * 1024, "peak RSS {peak} kB (idle {idle} kB)");
    let after = status_kb(pid, "VmRSS");
    assert!(
        after < idle + 40 * 1024,
        "RSS {after} kB after the bursts, {idle} kB idle"
    );
}
