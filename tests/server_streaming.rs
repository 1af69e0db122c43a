//! The `monitors` list streamed from a read connection (issue 14), over real HTTP on
//! 127.0.0.1: concurrent full reads all get the whole list, and a client that stops
//! reading is cut off at the request's time budget, freeing its reader for others.

mod common;

use std::time::Duration;

use common::server::Server;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn bounded<T>(what: &str, f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .unwrap_or_else(|_| panic!("{what} did not finish within 60 s"))
}

/// One client, one order, `n` external monitors, written straight into the file.
fn monitors(s: &Server, n: u32) {
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO clients (reseller_id, email, first_name, last_name, password_hash, apikey, secretkey, created_at)
           VALUES (1, 'ann@example.com', 'A', 'L', 'x', 'K1', 'S1', '2026-01-01 00:00:00');
         INSERT INTO orders (client_id, name, managed, status, billing_cycle, cycle_start, start_date, grace_period)
           VALUES (1, 'O', 0, 'active', 'monthly', '2026-01-01', '2026-01-01', 0);
         WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < {n})
         INSERT INTO monitors (client_id, order_id, type, name, url, interval, status, created_at)
           SELECT 1, 1, 'external', 'monitor number ' || i, 'https://shop.example.com/' || i, 5,
                  'active', '2026-01-01 00:00:00' FROM k;"
    ))
    .unwrap();
}

#[tokio::test]
async fn concurrent_full_reads_each_get_the_whole_list() {
    let s = Server::start().await;
    monitors(&s, 5_000);
    let reads = (0..8).map(|_| s.get(&s.reseller, "monitors", &[]));
    for answer in bounded("8 reads", futures_util::future::join_all(reads)).await {
        let list = answer.read();
        let ids: Vec<i64> = (list.as_array().unwrap().iter())
            .map(|m| m["id"].as_i64().unwrap())
            .collect();
        assert_eq!(ids, (1..=5_000).collect::<Vec<i64>>());
        assert_eq!(list[4_999]["name"], "monitor number 5000");
    }
}

/// Asks for the reseller's whole `monitors` list on a connection of its own, reading nothing.
async fn send_monitors(s: &Server, token: &str) -> TcpStream {
    let query = serde_urlencoded::to_string([
        ("action", "monitors"),
        ("apikey", s.reseller.apikey.as_str()),
        ("version", "3"),
        ("validation", "token"),
        ("authToken", token),
    ])
    .unwrap();
    let host = s.url.trim_start_matches("http://").trim_end_matches("/api");
    let mut stalled = TcpStream::connect(host).await.unwrap();
    stalled
        .write_all(format!("GET /api?{query} HTTP/1.1\r\nhost: {host}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    stalled
}

/// Asks for the reseller's whole `monitors` list on a connection of its own and reads no
/// more than the answer's head: the connection and the head (lower case).
async fn stall(s: &Server, token: &str) -> (TcpStream, String) {
    let mut stalled = send_monitors(s, token).await;
    // The head, however the reads split it.
    let (mut head, mut buf) = (Vec::new(), [0; 4096]);
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = bounded("the head", stalled.read(&mut buf)).await.unwrap();
        assert!(n > 0, "the connection closed before the head");
        head.extend_from_slice(&buf[..n]);
    }
    (stalled, String::from_utf8_lossy(&head).to_ascii_lowercase())
}

#[tokio::test]
async fn one_resellers_unread_answers_hold_his_share_of_readers_only() {
    // A budget far longer than the test's bound: a reader held until it ran out would
    // fail the test, not slow it.
    let s = Server::start_with(false, |o| o.request_budget = Duration::from_secs(300)).await;
    monitors(&s, 100_000);
    let token = s.token(&s.reseller).await;
    // Two unread answers: his share of the four readers, both streaming...
    let mut held = Vec::new();
    for _ in 0..2 {
        let (connection, head) = stall(&s, &token).await;
        assert!(head.starts_with("http/1.1 200"), "{head}");
        held.push(connection);
    }
    // ...and two more asked for, which wait for his share, holding no reader.
    for _ in 0..2 {
        held.push(send_monitors(&s, &token).await);
    }
    // Another reseller is served while those answers stay unread.
    let other = s.add_reseller();
    let orders = bounded("another reseller's read", s.get(&other, "orders", &[])).await;
    assert_eq!(orders.read(), serde_json::json!([]));
    drop(held);
}

#[tokio::test]
async fn a_client_that_stops_reading_is_cut_off_and_frees_its_reader() {
    // One reader, so that the next read needs the one the stalled client holds.
    let s = Server::start_with(false, |o| {
        o.request_budget = Duration::from_millis(500);
        o.readers = 1;
    })
    .await;
    // About 20 MB of JSON: more than the socket buffers and the chunks in flight hold.
    monitors(&s, 100_000);
    let token = s.token(&s.reseller).await;
    let (mut stalled, head) = stall(&s, &token).await;
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(head.contains("transfer-encoding: chunked"), "{head}");

    // The stalled client holds the only reader until its budget runs out; then this read
    // gets it.
    let other = bounded(
        "a read beside a stalled one",
        s.get(&s.reseller, "monitors", &[("monitorIds", "7,9")]),
    )
    .await
    .read();
    let ids: Vec<&Value> = other.as_array().unwrap().iter().map(|m| &m["id"]).collect();
    assert_eq!(ids, [7, 9]);

    // What the stalled client gets when it reads on: a broken answer, not a short list
    // that looks whole (no closing bracket, no last chunk).
    let mut rest = Vec::new();
    let _ = bounded("the rest", stalled.read_to_end(&mut rest)).await;
    assert!(!rest.ends_with(b"0\r\n\r\n"), "the answer ended cleanly");
}
