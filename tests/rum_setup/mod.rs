//! Setting up clients, orders and monitors on a sandbox through the library's API client,
//! for the monitor and RUM tests (the commands under test are run through the CLI).

#![allow(dead_code)] // each test binary uses its own part

use std::sync::Arc;

use monitis::api::{
    ApiClient, AuthMode, MonitorFilter, NewClient, NewMonitor, NewOrder, OrderChange, Secret,
};
use monitis_core::protocol::model::{Item, Monitor, MonitorType, RumUsage};
use serde_json::Value;

use crate::common::cli::{Sandbox, api_client};

pub struct Setup {
    rt: tokio::runtime::Runtime,
    url: String,
    keys: (String, String),
    api: Arc<ApiClient>,
}

/// A client of the reseller, as created here.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub id: i64,
    pub email: String,
    pub apikey: String,
    pub password: String,
}

impl Setup {
    pub fn new(sb: &Sandbox) -> Setup {
        Setup {
            rt: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap(),
            url: sb.url.clone(),
            keys: (sb.apikey.clone(), sb.secretkey.clone()),
            api: Arc::new(sb.api(AuthMode::Checksum)),
        }
    }

    /// The reseller's API client acting for one client.
    fn acting_for(&self, client: &str) -> ApiClient {
        let (apikey, secretkey) = &self.keys;
        let mut api = api_client(&self.url, apikey, secretkey, AuthMode::Checksum);
        api.act_for(Some(client.to_string()));
        api
    }

    pub fn client(&self, email: &str) -> NewAccount {
        let password = format!("pw-{email}-secret");
        let apikey = self
            .rt
            .block_on(self.api.add_client(&NewClient {
                email,
                first_name: "Test",
                last_name: "Client",
                password: &Secret::new(password.clone()),
            }))
            .expect("addClient");
        let id = self
            .rt
            .block_on(self.api.clients(None))
            .expect("clients")
            .into_iter()
            .find(|c| c.apikey == apikey)
            .expect("the new client is listed")
            .id;
        NewAccount {
            id,
            email: email.to_string(),
            apikey,
            password,
        }
    }

    pub fn order(&self, client: &NewAccount, items: &[(&str, u64)]) -> i64 {
        self.order_with(client, items, false)
    }

    pub fn order_with(&self, client: &NewAccount, items: &[(&str, u64)], managed: bool) -> i64 {
        let items: Vec<Item> = items
            .iter()
            .map(|(code, quantity)| Item {
                code: code.to_string(),
                quantity: *quantity,
            })
            .collect();
        let order = NewOrder {
            items: &items,
            name: Some("test order"),
            managed,
            billing_cycle: None,
            start_date: None,
            end_date: None,
            grace_days: None,
        };
        self.rt
            .block_on(self.acting_for(&client.apikey).add_order(&order))
            .expect("addOrder")
    }

    pub fn suspend_order(&self, order: i64) {
        self.rt
            .block_on(self.api.change_order(order, OrderChange::Suspend))
            .expect("suspendOrder");
    }

    /// `n` monitors of one type in an order, created one after the other so that their
    /// ids follow creation order (the same on every run).
    pub fn monitors(&self, order: i64, kind: MonitorType, n: usize) -> Vec<i64> {
        (0..n)
            .map(|i| self.rt.block_on(add(&self.api, order, kind, i)))
            .collect()
    }

    /// As `monitors`, 16 requests at a time, for thousands; ids ascending.
    pub fn many(&self, order: i64, kind: MonitorType, n: usize) -> Vec<i64> {
        self.rt.block_on(async {
            let mut ids = vec![0; n];
            let mut tasks = tokio::task::JoinSet::new();
            let limit = Arc::new(tokio::sync::Semaphore::new(16));
            for i in 0..n {
                let (api, limit) = (self.api.clone(), limit.clone());
                tasks.spawn(async move {
                    let _permit = limit.acquire().await.unwrap();
                    (i, add(&api, order, kind, i).await)
                });
            }
            while let Some(done) = tasks.join_next().await {
                let (i, id) = done.unwrap();
                ids[i] = id;
            }
            ids.sort_unstable();
            ids
        })
    }

    pub fn monitor(&self, order: i64, kind: MonitorType) -> i64 {
        self.monitors(order, kind, 1)[0]
    }

    /// RUM monitors with these pageviews, in order; R6 applies as the server counts them.
    pub fn rum(&self, order: i64, pageviews: &[u64]) -> Vec<i64> {
        let ids = self.monitors(order, MonitorType::Rum, pageviews.len());
        for (id, count) in ids.iter().zip(pageviews) {
            self.pageviews(*id, *count);
        }
        ids
    }

    /// Counts pageviews as if visitors came (`sandboxPageviews`).
    pub fn pageviews(&self, monitor: i64, count: u64) -> Monitor {
        self.rt
            .block_on(self.api.sandbox_pageviews(monitor, count))
            .expect("sandboxPageviews")
    }

    /// Every monitor of the reseller's clients, as the platform has them now.
    pub fn all_monitors(&self) -> Vec<Monitor> {
        self.rt
            .block_on(self.api.monitors(&MonitorFilter::default()))
            .expect("monitors")
    }

    pub fn monitors_of(&self, order: i64) -> Vec<Monitor> {
        let filter = MonitorFilter {
            order_id: Some(order),
            ..MonitorFilter::default()
        };
        self.rt
            .block_on(self.api.monitors(&filter))
            .expect("monitors")
    }

    pub fn usage(&self, order: i64) -> RumUsage {
        let mut rows = self
            .rt
            .block_on(self.api.rum_usage(Some(order)))
            .expect("rumUsage");
        assert_eq!(rows.len(), 1);
        rows.remove(0)
    }
}

async fn add(api: &ApiClient, order: i64, kind: MonitorType, i: usize) -> i64 {
    let name = format!("{}-{order}-{i}", kind.code());
    let url = format!("https://site{i}.example.com");
    let new = NewMonitor {
        order_id: order,
        kind,
        name: &name,
        url: &url,
        interval: None,
    };
    api.add_monitor(&new).await.expect("addMonitor")
}

/// The ids in a JSON array of objects with `key`.
pub fn ids(value: &Value, key: &str) -> Vec<i64> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v[key].as_i64().expect("an id"))
        .collect()
}
