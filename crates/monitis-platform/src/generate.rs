//! `sandbox generate`: realistic bulk data from a fixed seed.

use std::path::Path;

use chrono::{Days, NaiveDate};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use super::seed::{DEMO_PASSWORD, SeedMonitor, SeedOrder, seed_order};
use super::{Error, Result, auth, store};
use monitis_core::domain::rules;
use monitis_core::protocol::model::{BillingCycle, Item, MonitorType};

#[derive(Debug, Clone)]
pub struct GenerateOptions {
    pub clients: u32,
    pub orders_per_client: u32,
    pub monitors_per_order: u32,
    pub seed: u64,
}

/// What `generate` made; the reseller's keys open it. No `Debug`: it would print the
/// secret key and the clients' password.
#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerateSummary {
    pub reseller_id: i64,
    pub apikey: String,
    pub secretkey: String,
    /// The password of every generated client (they share one, hashed once).
    pub client_password: String,
    pub seed: u64,
    pub clients: u64,
    pub orders: u64,
    pub monitors: u64,
    pub rum_monitors: u64,
    pub orders_over_quota: u64,
    pub suspended_monitors: u64,
    pub one_time_purchases: u64,
}

const FIRST_NAMES: [&str; 24] = [
    "Ann", "Bob", "Carla", "Dan", "Eva", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal",
    "Lena", "Marta", "Nils", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera",
    "Wen", "Yusuf",
];
const LAST_NAMES: [&str; 24] = [
    "Lee", "Martin", "Gomez", "Novak", "Schmidt", "Haddad", "Okafor", "Tanaka", "Silva", "Berg",
    "Yilmaz", "Fischer", "Rossi", "Dubois", "Kowalski", "Santos", "Murphy", "Costa", "Larsen",
    "Patel", "Khan", "Ivanova", "Zhang", "Ali",
];
const WORDS_A: [&str; 16] = [
    "bright", "blue", "north", "swift", "green", "silver", "red", "clear", "open", "smart",
    "urban", "pixel", "sun", "river", "cloud", "iron",
];
const WORDS_B: [&str; 16] = [
    "wave", "stone", "leaf", "works", "labs", "byte", "path", "field", "forge", "cart", "craft",
    "media", "shop", "point", "nest", "line",
];
const TLDS: [&str; 8] = ["com", "io", "net", "co", "shop", "dev", "org", "eu"];
const PATHS: [&str; 8] = [
    "",
    "/shop",
    "/blog",
    "/checkout",
    "/login",
    "/health",
    "/pricing",
    "/docs",
];
const PLANS: [&str; 7] = [
    "Starter",
    "Business",
    "Pro",
    "Enterprise",
    "Shop",
    "Agency",
    "Growth",
];
const PAGEVIEW_TIERS: [u64; 5] = [50_000, 100_000, 250_000, 500_000, 1_000_000];
const CHECKS: [&str; 4] = ["https", "http", "ping", "dns"];

/// Share of orders whose RUM monitors are generated over their pageview quota.
const OVER_QUOTA_SHARE: f64 = 0.15;

fn pick_kind(rng: &mut ChaCha8Rng) -> MonitorType {
    match rng.random_range(0..100) {
        0..40 => MonitorType::External,
        40..75 => MonitorType::Rum,
        75..85 => MonitorType::FullPageLoad,
        85..93 => MonitorType::Transaction,
        _ => MonitorType::Internal,
    }
}

fn pick<'a>(rng: &mut ChaCha8Rng, list: &'a [&'a str]) -> &'a str {
    list.choose(rng).expect("lists are not empty")
}

/// One generated order: monitors of a random mix, quantities with a little room, and
/// pageviews under quota, or over it for `OVER_QUOTA_SHARE` of the orders with RUM.
fn random_order(rng: &mut ChaCha8Rng, site: &str, monitors: u32, today: NaiveDate) -> SeedOrder {
    let kinds: Vec<MonitorType> = (0..monitors).map(|_| pick_kind(rng)).collect();
    let mut items = Vec::new();
    for kind in MonitorType::ALL {
        let count = kinds.iter().filter(|k| **k == kind).count() as u64;
        if count > 0 || rng.random_bool(0.2) {
            items.push(Item {
                code: kind.code().to_string(),
                quantity: count + rng.random_range(0..3),
            });
        }
    }
    let ordered = *PAGEVIEW_TIERS.choose(rng).expect("tiers are not empty");
    if items.iter().any(|i| i.code == "rum") {
        items.push(Item {
            code: "rumPageviews".to_string(),
            quantity: ordered,
        });
    }
    if rng.random_bool(0.5) {
        items.push(Item {
            code: "sms".to_string(),
            quantity: 50 * rng.random_range(1..10),
        });
    }
    let rum_count = kinds.iter().filter(|k| **k == MonitorType::Rum).count() as u64;
    let share = if rng.random_bool(OVER_QUOTA_SHARE) {
        rng.random_range(1.05..1.6)
    } else {
        rng.random_range(0.1..0.95)
    };
    let total = (ordered as f64 * share) as u64;
    let weights: Vec<u64> = (0..rum_count).map(|_| rng.random_range(1..10)).collect();
    let weight_sum: u64 = weights.iter().sum::<u64>().max(1);
    let mut rum_weights = weights.into_iter();
    let monitors = kinds
        .iter()
        .enumerate()
        .map(|(k, &kind)| {
            let path = pick(rng, &PATHS);
            let (url, pageviews) = match kind {
                MonitorType::Rum => {
                    let w = rum_weights.next().expect("one weight per RUM monitor");
                    (format!("www.{site}"), total * w / weight_sum)
                }
                MonitorType::Internal => (format!("srv{}.{site}", k + 1), 0),
                _ => (format!("https://www.{site}{path}"), 0),
            };
            SeedMonitor {
                kind,
                check_type: (kind == MonitorType::External).then(|| pick(rng, &CHECKS)),
                name: format!("{site} {} {}", kind.code(), k + 1),
                url,
                pageviews,
            }
        })
        .collect();
    let ends = rng.random_bool(0.1);
    SeedOrder {
        name: format!("{} {}", pick(rng, &PLANS), rng.random_range(1..100)),
        managed: rng.random_bool(0.2),
        billing_cycle: if rng.random_bool(0.2) {
            BillingCycle::Yearly
        } else {
            BillingCycle::Monthly
        },
        items,
        // A few orders end; some of those ended long enough ago to be suspended (R9).
        end_date: ends.then(|| {
            let offset = rng.random_range(0..400u64);
            today.checked_add_days(Days::new(offset)).unwrap_or(today) - Days::new(100)
        }),
        grace: if ends {
            rng.random_range(0..=rules::MAX_GRACE_DAYS)
        } else {
            0
        },
        monitors,
    }
}

/// Fills `path` (created if needed) with a new reseller and generated clients. The same
/// seed gives the same data (keys aside, which are always random).
pub fn generate(path: &Path, opts: &GenerateOptions) -> Result<GenerateSummary> {
    let context = |e: rusqlite::Error| match e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            Error::Other(format!(
                "generated clients collide with clients already in {}: use a fresh --db or another --seed",
                path.display()
            ))
        }
        e => Error::other(format!("cannot generate into {}", path.display()), e),
    };
    let mut conn = store::create(path).map_err(context)?;
    let tx = conn.transaction().map_err(context)?;
    let reseller = store::insert_reseller(&tx, &mut rand::rng()).map_err(context)?;
    // One slow hash shared by every generated client keeps 100,000 monitors quick.
    let password_hash = auth::hash_password(DEMO_PASSWORD, &mut auth::Memory::new());
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed);
    let mut key_rng = rand::rng();
    let today = chrono::Utc::now().date_naive();
    let mut summary = GenerateSummary {
        reseller_id: reseller.id,
        apikey: reseller.apikey,
        secretkey: reseller.secretkey,
        client_password: DEMO_PASSWORD.to_string(),
        seed: opts.seed,
        clients: 0,
        orders: 0,
        monitors: 0,
        rum_monitors: 0,
        orders_over_quota: 0,
        suspended_monitors: 0,
        one_time_purchases: 0,
    };
    for i in 0..opts.clients {
        let (first, last) = (pick(&mut rng, &FIRST_NAMES), pick(&mut rng, &LAST_NAMES));
        let company = format!("{}{}", pick(&mut rng, &WORDS_A), pick(&mut rng, &WORDS_B));
        let site = format!("{company}.{}", pick(&mut rng, &TLDS));
        let email = format!(
            "{}.{}{}@{site}",
            first.to_lowercase(),
            last.to_lowercase(),
            i + 1
        );
        let new = store::ClientInsert {
            reseller_id: reseller.id,
            email: &email,
            first_name: first,
            last_name: last,
            password_hash: &password_hash,
        };
        let (client_id, _) = store::insert_client(&tx, &new, &mut key_rng).map_err(context)?;
        summary.clients += 1;
        for _ in 0..opts.orders_per_client {
            let order = random_order(&mut rng, &site, opts.monitors_per_order, today);
            let seeded = seed_order(&tx, client_id, today, &order).map_err(context)?;
            summary.orders += 1;
            summary.monitors += order.monitors.len() as u64;
            summary.rum_monitors += order
                .monitors
                .iter()
                .filter(|m| m.kind == MonitorType::Rum)
                .count() as u64;
            summary.orders_over_quota += u64::from(seeded.over_quota);
            summary.suspended_monitors += seeded.suspended_monitors;
        }
        if rng.random_bool(0.3) {
            let code = pick(
                &mut rng,
                &[
                    "loadTester",
                    "vulnerabilityScan",
                    "traceroute",
                    "additionalSms",
                ],
            );
            store::insert_purchase(&tx, client_id, code, rng.random_range(1..20))
                .map_err(context)?;
            summary.one_time_purchases += 1;
        }
    }
    tx.commit().map_err(context)?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn options(seed: u64) -> GenerateOptions {
        GenerateOptions {
            clients: 30,
            orders_per_client: 3,
            monitors_per_order: 8,
            seed,
        }
    }

    /// The data `generate` wrote, without ids' keys, for comparing two runs.
    fn dump(path: &Path) -> Vec<String> {
        let conn = Connection::open(path).unwrap();
        let mut out = Vec::new();
        for sql in [
            "SELECT email || first_name || last_name FROM clients ORDER BY id",
            "SELECT name || managed || status || IFNULL(end_date, '') FROM orders ORDER BY id",
            "SELECT order_id || code || quantity FROM order_items ORDER BY order_id, code",
            "SELECT order_id || type || name || url || status || IFNULL(suspended_reason, '') || pageviews FROM monitors ORDER BY id",
        ] {
            let mut stmt = conn.prepare(sql).unwrap();
            out.extend(
                stmt.query_map([], |r| r.get::<_, String>(0))
                    .unwrap()
                    .map(Result::unwrap),
            );
        }
        out
    }

    #[test]
    fn same_seed_same_data_and_r6_applied() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b, c) = (
            dir.path().join("a.db"),
            dir.path().join("b.db"),
            dir.path().join("c.db"),
        );
        let summary = generate(&a, &options(42)).unwrap();
        generate(&b, &options(42)).unwrap();
        generate(&c, &options(43)).unwrap();
        assert_eq!(dump(&a), dump(&b));
        assert_ne!(dump(&a), dump(&c));
        assert_eq!(
            (summary.clients, summary.orders, summary.monitors),
            (30, 90, 720)
        );
        assert!(summary.orders_over_quota > 0, "some orders are over quota");
        // Every RUM monitor of an active order over quota is suspended for pageviews, and
        // no RUM monitor of an active order under quota is.
        let conn = Connection::open(&a).unwrap();
        let wrong: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM monitors m JOIN orders o ON o.id = m.order_id
                 JOIN order_items i ON i.order_id = o.id AND i.code = 'rumPageviews'
                 WHERE m.type = 'rum' AND o.status = 'active'
                   AND ((SELECT SUM(pageviews) FROM monitors WHERE order_id = o.id AND type = 'rum') > i.quantity)
                       != (m.status = 'suspended' AND m.suspended_reason = 'pageviews')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(wrong, 0);
        // Generating twice into one database with the same seed is refused clearly.
        let err = generate(&a, &options(42))
            .err()
            .expect("a second run with the same seed is refused")
            .to_string();
        assert!(err.contains("collide"), "{err}");
    }
}
