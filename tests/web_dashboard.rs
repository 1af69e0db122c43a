//! The client's web dashboard (`/dashboard/`) in a real browser: Debian's chromium,
//! headless, driven through chromedriver, against the built binary's `sandbox serve` on
//! 127.0.0.1 with the demo data. Screenshots of every main page at 390 and 1280 px go to
//! `target/tmp/web-dashboard/` (kept, not compared), and with UPDATE_SCREENSHOTS=1 those
//! of `IN_DOCS` to `docs/screenshots/` as well, where the README shows them. Without chromedriver the
//! browser tests skip, and fail when CI=true; the HTTP-level tests always run.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::cli::Sandbox;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

const PASSWORD: &str = "sandbox-demo";
const SUSPENDED: &str = "The account is suspended. Please contact your provider.";
/// What R2 keeps from clients, as the dashboard's URLs (see `NOT_FOR_CLIENTS`).
const REFUSED: [&str; 8] = [
    "/dashboard/billing",
    "/dashboard/upgrade",
    "/dashboard/buy",
    "/dashboard/account/terminate",
    "/dashboard/account/api-key/reset",
    "/dashboard/user-voice",
    "/dashboard/trials",
    "/dashboard/featured-services",
];

/// The pages whose screenshots the README shows.
const IN_DOCS: [&str; 4] = ["overview", "rum", "account", "preview"];

fn base(sandbox: &Sandbox) -> String {
    sandbox.url.trim_end_matches("/api").to_string()
}

// ---------------------------------------------------------------------------------------
// The browser.

fn on_path(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|p| p.is_file())
    })
}

/// A headless chromium behind its own chromedriver, and a profile folder of its own.
struct Browser {
    client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// None (a skip) when chromium or chromedriver is missing, except under CI.
    async fn start() -> Option<Browser> {
        let (Some(driver), Some(chromium)) = (on_path("chromedriver"), on_path("chromium")) else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "chromium and chromedriver are needed: apt-get install chromium chromium-driver (.ci/run does)"
            );
            eprintln!(
                "skipped: no chromium/chromedriver (apt-get install chromium chromium-driver)"
            );
            return None;
        };
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().expect("profile folder");
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            },
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let url = format!("http://127.0.0.1:{port}");
        // chromedriver takes a moment to listen; up to 20 s, then the test fails.
        let mut last_error = None;
        for _ in 0..100 {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Some(Browser {
                        client,
                        driver: child,
                        _profile: profile,
                    });
                }
                Err(e) => last_error = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("chromedriver did not start: {last_error:?}");
    }

    async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
    }

    async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css} on the page: {e}"))
            .text()
            .await
            .expect("text")
    }

    async fn body(&self) -> String {
        self.text("body").await
    }

    async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find_all")
            .len()
    }

    async fn attr(&self, css: &str, name: &str) -> Option<String> {
        let element = self.client.find(Locator::Css(css)).await.expect(css);
        element.attr(name).await.expect("attr")
    }

    async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("url");
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    async fn log_in(&self, base: &str, email: &str, password: &str) {
        self.goto(&format!("{base}/dashboard/login")).await;
        let form = self
            .client
            .form(Locator::Css("form[action='/dashboard/login']"))
            .await
            .expect("login form");
        form.set_by_name("email", email).await.unwrap();
        form.set_by_name("password", password).await.unwrap();
        self.submit(&form).await;
    }

    /// Clicks what leads to another page, and waits until the old page is gone.
    async fn click(&self, css: &str) {
        let element = self.client.find(Locator::Css(css)).await.expect(css);
        let old = self.client.find(Locator::Css("html")).await.unwrap();
        element.click().await.expect("click");
        self.left(old).await;
    }

    /// Waits (up to 10 s) until `old`, the root of the page before, is stale.
    async fn left(&self, old: fantoccini::elements::Element) {
        for _ in 0..200 {
            if old.tag_name().await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the page did not change");
    }

    async fn submit(&self, form: &fantoccini::elements::Form) {
        let old = self.client.find(Locator::Css("html")).await.unwrap();
        form.submit().await.expect("submit");
        self.left(old).await;
    }

    async fn log_out(&self) {
        self.click("form.logout button").await;
    }

    /// Every link and form target on the page.
    async fn targets(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (css, attr) in [("a[href]", "href"), ("form[action]", "action")] {
            for e in self.client.find_all(Locator::Css(css)).await.unwrap() {
                out.extend(e.attr(attr).await.unwrap());
            }
        }
        out
    }

    /// Everything the page loaded (stylesheets, images): the browser's own record.
    async fn loaded(&self) -> Vec<String> {
        let names = self
            .client
            .execute(
                "return performance.getEntriesByType('resource').map(e => e.name)",
                vec![],
            )
            .await
            .expect("resource timing");
        serde_json::from_value(names).expect("a list of URLs")
    }

    /// The colour each element of `css` is drawn in, as the browser drew it: `red`,
    /// `amber`, `green`, or `none` (mostly grey). The element's own screenshot is read
    /// back through a canvas on a blank page, then the page is loaded again.
    async fn colours(&self, css: &[&str]) -> Vec<String> {
        use base64::Engine;
        let here = self.client.current_url().await.unwrap();
        let mut shots = Vec::new();
        for selector in css {
            let element = self
                .client
                .find(Locator::Css(selector))
                .await
                .expect(selector);
            shots.push(
                base64::engine::general_purpose::STANDARD
                    .encode(element.screenshot().await.unwrap()),
            );
        }
        // The dashboard's own policy allows no data: image; a blank page has none.
        self.goto("about:blank").await;
        let mut colours = Vec::new();
        for shot in shots {
            let colour = self
                .client
                .execute_async(
                    "const [png, done] = arguments;
                     const img = new Image();
                     img.onload = () => {
                       const c = document.createElement('canvas');
                       c.width = img.width; c.height = img.height;
                       const g = c.getContext('2d');
                       g.drawImage(img, 0, 0);
                       const px = g.getImageData(0, 0, c.width, c.height).data;
                       const n = {red: 0, amber: 0, green: 0};
                       for (let i = 0; i < px.length; i += 4) {
                         const [r, gr, b] = [px[i], px[i + 1], px[i + 2]];
                         if (r > 120 && gr < 70 && b < 70) n.red++;
                         else if (r > 170 && gr > 100 && gr < 190 && b < 60) n.amber++;
                         else if (gr > 80 && r < 80 && b < 90 && gr > r + 30) n.green++;
                       }
                       const best = Object.entries(n).sort((a, b) => b[1] - a[1])[0];
                       done(best[1] > 20 ? best[0] : 'none');
                     };
                     img.src = 'data:image/png;base64,' + png;",
                    vec![json!(shot)],
                )
                .await
                .expect("read the screenshot back");
            colours.push(colour.as_str().unwrap_or_default().to_string());
        }
        self.goto(here.as_str()).await;
        colours
    }

    /// The page at 1280 and at 390 px wide (a phone), whole, as `NAME-1280.png` and
    /// `NAME-390.png`; at each width nothing is wider than the window, the menu is one
    /// line, and a select shows its whole choice.
    async fn screenshots(&self, name: &str) {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-dashboard");
        std::fs::create_dir_all(&dir).unwrap();
        let docs = std::env::var_os("UPDATE_SCREENSHOTS")
            .filter(|_| IN_DOCS.contains(&name))
            .map(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots"));
        for width in [1280u32, 390] {
            self.client.set_window_size(width, 800).await.unwrap();
            let height = self
                .client
                .execute(
                    // The window's own frame is not part of the page.
                    "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight",
                    vec![],
                )
                .await
                .unwrap()
                .as_u64()
                .unwrap_or(800)
                .clamp(400, 4000);
            self.client
                .set_window_size(width, u32::try_from(height).unwrap())
                .await
                .unwrap();
            // What a person sees first: no focus ring left by the test's own keys.
            self.client
                .execute(
                    "document.activeElement && document.activeElement.blur()",
                    vec![],
                )
                .await
                .unwrap();
            let png = self.client.screenshot().await.expect("screenshot");
            assert!(png.starts_with(b"\x89PNG"), "a PNG");
            let file = format!("{name}-{width}.png");
            std::fs::write(dir.join(&file), &png).unwrap();
            if let Some(docs) = &docs {
                std::fs::create_dir_all(docs).unwrap();
                std::fs::write(docs.join(&file), &png).unwrap();
            }
            // Nothing is wider than the window: readable without sideways scrolling.
            let scroll_width = self
                .client
                .execute("return document.documentElement.scrollWidth", vec![])
                .await
                .unwrap()
                .as_u64()
                .unwrap();
            assert!(
                scroll_width <= u64::from(width),
                "{name} is {scroll_width} px wide at {width} px"
            );
            let layout = self
                .client
                .execute(
                    "const items = [...document.querySelectorAll('nav li')];
                     const oneLine = items.every(li => li.offsetTop === items[0].offsetTop);
                     const ctx = document.createElement('canvas').getContext('2d');
                     const cut = [...document.querySelectorAll('select')].filter(s => {
                       ctx.font = getComputedStyle(s).font;
                       const text = s.options[s.selectedIndex].text;
                       return ctx.measureText(text).width + 30 > s.clientWidth;
                     }).map(s => s.id);
                     return {oneLine, cut};",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(
                layout["oneLine"], true,
                "{name}: the menu wraps at {width} px"
            );
            assert_eq!(
                layout["cut"],
                json!([]),
                "{name}: a select is cut at {width} px"
            );
        }
        self.client.set_window_size(1280, 900).await.unwrap();
    }

    async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Pages load only from the sandbox (and, where the reseller set one, his logo's host).
async fn assert_local(browser: &Browser, base: &str, also: Option<&str>) {
    for url in browser.loaded().await {
        assert!(
            url.starts_with(base) || also.is_some_and(|a| url.starts_with(a)),
            "loaded from elsewhere: {url}"
        );
    }
}

/// No page links to what R2 keeps from clients.
async fn assert_no_refused_links(browser: &Browser) {
    for target in browser.targets().await {
        let path = target.split("://").nth(1).map_or(target.as_str(), |rest| {
            rest.find('/').map_or("", |i| &rest[i..])
        });
        assert!(
            !REFUSED.iter().any(|r| path.starts_with(r)),
            "a page links to {target}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// HTTP without a browser: cookies, CSRF, refusals.

fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The value of `name="csrf"` in a page.
fn csrf_in(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a CSRF field") + 19;
    html[at..].split('"').next().unwrap().to_string()
}

fn set_cookies(resp: &reqwest::Response) -> Vec<String> {
    resp.headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

/// `name=value` of a Set-Cookie.
fn cookie_pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap().to_string()
}

/// Logs in over HTTP: the session cookie pair and the session's CSRF token.
async fn http_login(
    http: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let page = http
        .get(format!("{base}/dashboard/login"))
        .send()
        .await
        .unwrap();
    let login_cookie = cookie_pair(&set_cookies(&page)[0]);
    let csrf = csrf_in(&page.text().await.unwrap());
    http.post(format!("{base}/dashboard/login"))
        .header("cookie", login_cookie)
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
}

async fn session_of(http: &reqwest::Client, base: &str, email: &str) -> (String, String) {
    let resp = http_login(http, base, email, PASSWORD).await;
    assert_eq!(resp.status(), 303);
    let session = set_cookies(&resp)
        .into_iter()
        .find(|c| c.starts_with("monitis_session="))
        .expect("a session cookie");
    let cookie = cookie_pair(&session);
    let page = http
        .get(format!("{base}/dashboard/"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    (cookie, csrf_in(&page.text().await.unwrap()))
}

#[tokio::test]
async fn login_sets_a_strict_cookie_and_answers_bad_logins_alike() {
    let sandbox = Sandbox::demo();
    let (base, http) = (base(&sandbox), http());

    let resp = http_login(&http, &base, "ann@example.com", PASSWORD).await;
    assert_eq!(resp.status(), 303);
    assert_eq!(resp.headers()["location"], "/dashboard/");
    let session = set_cookies(&resp)
        .into_iter()
        .find(|c| c.starts_with("monitis_session="))
        .unwrap();
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/dashboard"] {
        assert!(session.contains(attribute), "{session} lacks {attribute}");
    }

    // A wrong password and an unknown email: the same status and the same page.
    let wrong = http_login(&http, &base, "ann@example.com", "not-it").await;
    let unknown = http_login(&http, &base, "nobody@example.com", PASSWORD).await;
    assert_eq!(
        (wrong.status().as_u16(), unknown.status().as_u16()),
        (401, 401)
    );
    let strip = |html: String| html.replace(&csrf_in(&html), "");
    let (wrong, unknown) = (
        strip(wrong.text().await.unwrap()),
        strip(unknown.text().await.unwrap()),
    );
    assert!(wrong.contains("Wrong email or password."));
    assert_eq!(wrong, unknown);

    // A login without the form's token is refused.
    let forged = http
        .post(format!("{base}/dashboard/login"))
        .form(&[
            ("csrf", "x"),
            ("email", "ann@example.com"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    assert!(
        set_cookies(&forged)
            .iter()
            .all(|c| !c.starts_with("monitis_session="))
    );
    // Nor with a cookie the client chose and the same value in the form: the token must be
    // one this server issued.
    let planted = http
        .post(format!("{base}/dashboard/login"))
        .header("cookie", "monitis_login=attacker-chosen")
        .form(&[
            ("csrf", "attacker-chosen"),
            ("email", "ann@example.com"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(planted.status(), 403);
    assert!(
        set_cookies(&planted)
            .iter()
            .all(|c| !c.starts_with("monitis_session="))
    );
}

#[tokio::test]
async fn changes_need_the_session_csrf_token_and_refused_urls_stay_refused() {
    let sandbox = Sandbox::demo();
    let (base, http) = (base(&sandbox), http());
    let (cookie, csrf) = session_of(&http, &base, "ann@example.com").await;

    // Rename monitor 1 without the token, then with it.
    let edit = |token: &str| {
        http.post(format!("{base}/dashboard/monitors/1"))
            .header("cookie", &cookie)
            .form(&[
                ("csrf", token),
                ("name", "Renamed"),
                ("url", "https://shop.annlee.example"),
                ("interval", "5"),
            ])
            .send()
    };
    let forged = edit("forged").await.unwrap();
    assert_eq!(forged.status(), 403);
    assert!(
        forged
            .text()
            .await
            .unwrap()
            .contains("did not come from this dashboard")
    );
    let shown = sandbox.monitis().args(["monitor", "show", "1"]).json();
    assert_eq!(shown["name"], "Shop homepage");
    let saved = edit(&csrf).await.unwrap();
    assert_eq!(saved.status(), 303);
    assert_eq!(
        saved.headers()["location"],
        "/dashboard/monitors/1?done=saved"
    );
    let shown = sandbox.monitis().args(["monitor", "show", "1"]).json();
    assert_eq!(shown["name"], "Renamed");

    // An id in a path is written one way too: `+1` and `01` name no monitor.
    for path in ["/dashboard/monitors/%2B1", "/dashboard/monitors/01"] {
        let page = http
            .get(format!("{base}{path}"))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 400, "{path}");
        assert!(!page.text().await.unwrap().contains("Renamed"), "{path}");
    }

    // R2: refused for every method, signed in or not, and below each path too.
    for path in REFUSED {
        for signed_in in [true, false] {
            let cookie = if signed_in { cookie.as_str() } else { "" };
            let get = http
                .get(format!("{base}{path}"))
                .header("cookie", cookie)
                .send()
                .await
                .unwrap();
            assert_eq!(get.status(), 403, "GET {path}");
            let body = get.text().await.unwrap();
            assert!(
                body.contains("is not part of a client&#39;s dashboard")
                    || body.contains("is not part of a client's dashboard"),
                "{body}"
            );
            let post = http
                .post(format!("{base}{path}/confirm"))
                .header("cookie", cookie)
                .form(&[("csrf", csrf.as_str())])
                .send()
                .await
                .unwrap();
            assert_eq!(post.status(), 403, "POST {path}/confirm");
        }
    }
    let missing = http
        .get(format!("{base}/dashboard/no-such-page"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);

    // No script, nothing from elsewhere, no Referer with a preview token in it.
    let page = http
        .get(format!("{base}/dashboard/"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("script-src"),
        "{csp}"
    );
    assert_eq!(page.headers()["referrer-policy"], "no-referrer");
    assert!(!page.text().await.unwrap().contains("<script"));

    // The API did not move: its fallback still answers in JSON.
    let api = http.get(format!("{base}/nowhere")).send().await.unwrap();
    assert_eq!(api.status(), 404);
    assert!(api.text().await.unwrap().contains("errorCode"));
}

#[test]
fn the_preview_token_is_for_the_reseller_only_and_redacted() {
    let sandbox = Sandbox::demo();
    // A client asking for a preview with its own keys is refused (R2).
    let (apikey, secretkey) = sandbox.login("ann@example.com", PASSWORD).unwrap();
    let refused = sandbox
        .as_account(&apikey, &secretkey)
        .args(["client", "dashboard", "--web"])
        .run();
    assert_eq!(refused.code, 1, "{refused:?}");
    assert!(
        refused.stderr.contains("not allowed for a client account"),
        "{}",
        refused.stderr
    );
    // The embedded sandbox stops with the command, so its links could never open.
    let embedded = sandbox
        .cli()
        .args([
            "--sandbox",
            "client",
            "dashboard",
            "ann@example.com",
            "--web",
        ])
        .run();
    assert_eq!(embedded.code, 2, "{embedded:?}");
    assert!(embedded.stderr.contains("monitis sandbox serve"));
    // -vv logs show the request and answer, never the token.
    let run = sandbox
        .monitis()
        .args(["-vv", "client", "dashboard", "ann@example.com", "--web"])
        .ok();
    let link = run.stdout.trim();
    let token = link.rsplit('/').next().unwrap();
    assert!(
        link.starts_with(&format!("{}/dashboard/preview/", base(&sandbox))),
        "{link}"
    );
    assert_eq!(token.len(), 40);
    assert!(run.stderr.contains("dashboardPreview"));
    assert!(
        !run.stderr.contains(token),
        "the token is in the log: {}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------
// In the browser.

/// A browser and a demo sandbox with the base URL of its dashboard; None when skipped.
async fn start() -> Option<(Browser, Sandbox, String)> {
    let browser = Browser::start().await?;
    let sandbox = Sandbox::demo();
    let base = base(&sandbox);
    Some((browser, sandbox, base))
}

#[tokio::test]
async fn a_client_logs_in_sees_the_plan_and_moves_a_suspended_rum_monitor() {
    let Some((browser, sandbox, base)) = start().await else {
        return;
    };

    // Signed out, every page leads to the login.
    browser.goto(&format!("{base}/dashboard/rum")).await;
    assert_eq!(browser.path().await, "/dashboard/login");
    assert_eq!(
        browser.attr("label[for=email]", "for").await.as_deref(),
        Some("email")
    );
    browser.screenshots("login").await;
    browser
        .log_in(&base, "ann@example.com", "wrong password")
        .await;
    assert!(
        browser
            .text("#login-error")
            .await
            .contains("Wrong email or password.")
    );

    // With the keyboard alone: type, Tab to the password, Enter submits.
    let (tab, enter) = (char::from(Key::Tab), char::from(Key::Enter));
    let email = browser.client.find(Locator::Css("#email")).await.unwrap();
    email.clear().await.unwrap();
    let old = browser.client.find(Locator::Css("html")).await.unwrap();
    email
        .send_keys(&format!("ann@example.com{tab}{PASSWORD}{enter}"))
        .await
        .unwrap();
    browser.left(old).await;
    assert_eq!(browser.path().await, "/dashboard/");
    // The first Tab reaches the link that skips to the content.
    let body = browser.client.find(Locator::Css("body")).await.unwrap();
    body.send_keys(&tab.to_string()).await.unwrap();
    let focused = browser.client.active_element().await.unwrap();
    assert_eq!(focused.text().await.unwrap(), "Skip to content");
    assert_eq!(browser.text("h1").await, "Hello, Ann");
    // The default header and support (R4): a logo served here, Live chat, Submit Request.
    assert_eq!(
        browser.attr("img.logo", "src").await.as_deref(),
        Some("/dashboard/static/monitis-logo.svg")
    );
    let footer = browser.text("footer").await;
    assert!(footer.contains("Monitis Support") && footer.contains("support@monitis.com"));
    assert_eq!(browser.count("a[href='/dashboard/support/chat']").await, 1);
    assert_eq!(
        browser.count("a[href='/dashboard/support/request']").await,
        1
    );
    let overview = browser.text("main").await;
    assert!(overview.contains("Uptime monitors"), "{overview}");
    assert!(overview.contains("3 suspended"), "{overview}");
    // What is wrong is said first, with what the client can do about it.
    let attention = browser.text(".attention").await;
    assert!(
        attention.contains("“Web Starter” is over its RUM pageviews for this cycle: its 3 RUM monitor(s) are suspended"),
        "{attention}"
    );
    assert!(
        attention.contains("Move them to an order with room"),
        "{attention}"
    );
    assert_eq!(
        browser.attr(".attention a", "href").await.as_deref(),
        Some("/dashboard/rum")
    );
    // The plan's bars: RUM pageviews of both orders together are within the plan.
    assert_eq!(
        browser.colours(&["tbody tr:nth-child(5) meter"]).await,
        ["green"]
    );
    assert_local(&browser, &base, None).await;
    assert_no_refused_links(&browser).await;
    browser.screenshots("overview").await;

    // R5: the plan is the sum of the active orders; Plan Details shows one order.
    browser.goto(&format!("{base}/dashboard/account")).await;
    let plan = browser.text("main").await;
    assert!(
        plan.contains("Your plan is the sum of your 2 active order(s)."),
        "{plan}"
    );
    assert!(
        plan.contains("Uptime monitors 4 15"),
        "external: 4 used of 5 + 10 ordered, in the overview's order: {plan}"
    );
    assert!(plan.contains("Services Across All Packages"));
    assert!(
        browser
            .text("#plan-details caption")
            .await
            .starts_with("Web Starter")
    );
    browser
        .client
        .find(Locator::Css("select#order"))
        .await
        .unwrap()
        .select_by_label("Growth #2")
        .await
        .unwrap();
    browser
        .click("form[action='/dashboard/account'] button")
        .await;
    assert_eq!(browser.path().await, "/dashboard/account?order=2");
    let details = browser.text("#plan-details").await;
    assert!(details.starts_with("Growth: monthly billing"), "{details}");
    assert!(details.contains("Full page load monitors 2"), "{details}");
    assert!(!details.contains("SMS"), "{details}");
    assert_no_refused_links(&browser).await;
    browser.screenshots("account").await;

    browser.goto(&format!("{base}/dashboard/monitors")).await;
    assert_eq!(browser.count("tbody tr").await, 10);
    assert_eq!(browser.count(".badge.managed").await, 0);
    assert!(
        browser
            .text("#monitor-5")
            .await
            .contains("RUM pageviews are used up")
    );
    browser.screenshots("monitors").await;

    // R6: Web Starter is over its pageviews and all its RUM monitors are suspended.
    browser.goto(&format!("{base}/dashboard/rum")).await;
    let starter = browser.text("section[aria-labelledby='order-1']").await;
    assert!(
        starter.contains("123,000 of 100,000 pageviews used"),
        "{starter}"
    );
    assert!(starter.contains("over quota"));
    // Red over quota, green within it, as the words beside the bars say.
    assert_eq!(
        browser
            .colours(&[
                "section[aria-labelledby='order-1'] meter",
                "section[aria-labelledby='order-2'] meter"
            ])
            .await,
        ["red", "green"]
    );
    assert_eq!(
        browser.count("#rum-3 form, #rum-4 form, #rum-5 form").await,
        3
    );
    // Only orders with room are offered: Growth can take Docs visitors (30,000).
    let option = browser.text("#move-5 option").await;
    assert_eq!(option, "Growth #2: 420,000 pageviews free");
    browser.screenshots("rum").await;
    browser.click("#rum-5 form button").await;
    // R7: moved, active at once; R6: Web Starter is under quota and its others are back.
    assert_eq!(browser.path().await, "/dashboard/rum?done=moved");
    assert!(
        browser
            .text("[role=status]")
            .await
            .contains("active at once")
    );
    let starter = browser.text("section[aria-labelledby='order-1']").await;
    assert!(
        starter.contains("93,000 of 100,000 pageviews used"),
        "{starter}"
    );
    assert!(!starter.contains("Suspended"), "{starter}");
    // 93,000 of 100,000: near its quota, amber.
    assert!(starter.contains("near quota"), "{starter}");
    assert_eq!(
        browser
            .colours(&["section[aria-labelledby='order-1'] meter"])
            .await,
        ["amber"]
    );
    let growth = browser.text("section[aria-labelledby='order-2']").await;
    assert!(growth.contains("Docs visitors"), "{growth}");
    let moved = sandbox.monitis().args(["monitor", "show", "5"]).json();
    assert_eq!(
        (moved["orderId"].as_i64(), moved["status"].as_str()),
        (Some(2), Some("active"))
    );

    browser.goto(&format!("{base}/dashboard/support")).await;
    browser.screenshots("support").await;

    // R2 in the browser: the page says no.
    browser.goto(&format!("{base}/dashboard/billing")).await;
    assert!(
        browser
            .text("#refusal")
            .await
            .contains("not part of a client's dashboard")
    );

    browser.log_out().await;
    assert_eq!(browser.path().await, "/dashboard/login");
    browser.goto(&format!("{base}/dashboard/")).await;
    assert_eq!(browser.path().await, "/dashboard/login");
    browser.close().await;
}

#[tokio::test]
async fn managed_monitors_are_read_only_and_the_server_refuses_their_changes() {
    let Some((browser, sandbox, base)) = start().await else {
        return;
    };
    browser.log_in(&base, "bob@example.com", PASSWORD).await;

    browser.goto(&format!("{base}/dashboard/monitors")).await;
    // Bob's "Managed Enterprise" has 7 monitors; "Team Extras" is his own.
    assert_eq!(browser.count(".badge.managed").await, 7);
    assert!(
        browser
            .text("#monitor-11")
            .await
            .contains("Managed by Provider")
    );
    assert!(
        !browser
            .text("#monitor-18")
            .await
            .contains("Managed by Provider")
    );

    // R3: settings read-only, maintenance and deletion disabled, no move.
    browser.goto(&format!("{base}/dashboard/monitors/11")).await;
    assert!(
        browser
            .text("#managed-note")
            .await
            .contains("Managed by Provider")
    );
    assert_eq!(
        browser.attr("#name", "readonly").await.as_deref(),
        Some("true")
    );
    for button in [
        "fieldset button",
        "#maintenance-heading + p button",
        "form[action$='/delete'] button",
    ] {
        let enabled = browser
            .client
            .find(Locator::Css(button))
            .await
            .unwrap()
            .is_enabled()
            .await
            .unwrap();
        assert!(!enabled, "{button} is enabled");
    }
    assert_eq!(browser.count("form[action$='/move']").await, 0);
    browser.screenshots("monitor-managed").await;

    // The server refuses them too, with the session's own cookie and token.
    let cookie = browser
        .client
        .get_named_cookie("monitis_session")
        .await
        .unwrap();
    let csrf = browser.attr("input[name=csrf]", "value").await.unwrap();
    let http = http();
    let cookie = format!("monitis_session={}", cookie.value());
    for (path, form) in [
        (
            "/dashboard/monitors/11",
            vec![("name", "Mine now"), ("url", "x"), ("interval", "5")],
        ),
        ("/dashboard/monitors/11/delete", vec![]),
        ("/dashboard/monitors/11/move", vec![("orderId", "4")]),
    ] {
        let mut form = form;
        form.push(("csrf", &csrf));
        let resp = http
            .post(format!("{base}{path}"))
            .header("cookie", &cookie)
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 403, "{path}");
        assert!(
            resp.text()
                .await
                .unwrap()
                .contains("Managed by Provider and read-only"),
            "{path}"
        );
    }
    let kept = sandbox.monitis().args(["monitor", "show", "11"]).json();
    assert_eq!(
        (kept["name"].as_str(), kept["orderId"].as_i64()),
        (Some("Corporate site"), Some(3))
    );

    // His own monitor is his to change.
    browser.goto(&format!("{base}/dashboard/monitors/18")).await;
    let form = browser
        .client
        .form(Locator::Css("form[action='/dashboard/monitors/18']"))
        .await
        .unwrap();
    form.set_by_name("name", "Team wiki (new)").await.unwrap();
    browser.submit(&form).await;
    assert_eq!(browser.path().await, "/dashboard/monitors/18?done=saved");
    assert_eq!(browser.text("h1").await, "Team wiki (new)");
    browser.screenshots("monitor").await;
    browser.close().await;
}

/// A reseller's logo, on a server of its own on 127.0.0.1.
async fn logo_server() -> (String, tokio::task::JoinHandle<()>) {
    const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="160" height="36"><rect width="160" height="36" rx="6" fill="#7a1f5c"/><text x="14" y="25" font-family="sans-serif" font-size="20" font-weight="700" fill="#fff">ACME Watch</text></svg>"##;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/acme.svg", listener.local_addr().unwrap());
    let app = axum::Router::new().route(
        "/acme.svg",
        axum::routing::get(|| async { ([("content-type", "image/svg+xml")], LOGO) }),
    );
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, task)
}

#[tokio::test]
async fn branding_replaces_logo_and_support_and_suspended_clients_see_only_the_message() {
    let Some((browser, sandbox, base)) = start().await else {
        return;
    };
    let (logo, server) = logo_server().await;
    sandbox
        .monitis()
        .args([
            "reseller",
            "branding",
            "set",
            "--logo-url",
            &logo,
            "--support-email",
            "help@acme.example",
            "--support-phone",
            "+1 555 0100",
        ])
        .ok();

    // R4: his logo as he set it, his contact, and no Live chat or Submit Request.
    browser.log_in(&base, "carla@example.com", PASSWORD).await;
    assert_eq!(
        browser.attr("img.logo", "src").await.as_deref(),
        Some(logo.as_str())
    );
    assert_eq!(
        browser.attr("img.logo", "alt").await.as_deref(),
        Some("Your provider's logo")
    );
    let loaded_logo = browser
        .client
        .execute(
            "return document.querySelector('img.logo').naturalWidth",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(loaded_logo, json!(160));
    let footer = browser.text("footer").await;
    assert!(footer.contains("Support from your provider"), "{footer}");
    assert!(footer.contains("help@acme.example") && footer.contains("+1 555 0100"));
    assert!(!footer.contains("monitis.com"), "{footer}");
    assert_eq!(browser.count("a[href^='/dashboard/support/']").await, 0);
    assert!(!browser.body().await.contains("Live chat"));
    let origin = logo.trim_end_matches("/acme.svg");
    assert_local(&browser, &base, Some(origin)).await;
    browser.screenshots("overview-branded").await;
    browser.goto(&format!("{base}/dashboard/support")).await;
    browser.screenshots("support-branded").await;
    // Gone, and refused when asked for.
    browser
        .goto(&format!("{base}/dashboard/support/chat"))
        .await;
    assert!(
        browser
            .text("#refusal")
            .await
            .contains("Live chat is not available")
    );
    browser.log_out().await;

    // R1: Dan has no active order; after login he gets only the message.
    browser.log_in(&base, "dan@example.com", PASSWORD).await;
    assert_eq!(browser.text("#suspended").await, SUSPENDED);
    assert_eq!(browser.count("nav").await, 0);
    browser.goto(&format!("{base}/dashboard/account")).await;
    assert_eq!(browser.text("#suspended").await, SUSPENDED);
    browser.screenshots("suspended").await;
    browser.log_out().await;

    // R8: the reseller is unpaid: Carla, signed in, is suspended at her next page.
    browser.log_in(&base, "carla@example.com", PASSWORD).await;
    assert_eq!(browser.text("h1").await, "Hello, Carla");
    sandbox
        .monitis()
        .args(["sandbox", "billing", "unpaid"])
        .ok();
    browser.goto(&format!("{base}/dashboard/monitors")).await;
    assert_eq!(browser.text("#suspended").await, SUSPENDED);
    assert_eq!(browser.count("table").await, 0);
    server.abort();
    browser.close().await;
}

#[tokio::test]
async fn the_preview_link_opens_once_read_only_and_only_on_its_own_sandbox() {
    let Some((browser, sandbox, base)) = start().await else {
        return;
    };

    // --open hands $BROWSER a page that goes on to the printed link (the token itself is
    // in no process's arguments).
    let opened = sandbox.dir.path().join("opened.txt");
    let script = sandbox.dir.path().join("browser.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let run = sandbox
        .monitis()
        .env("BROWSER", &script)
        .args(["client", "dashboard", "bob@example.com", "--open"])
        .ok();
    let link = run.stdout.trim().to_string();
    let page = std::fs::read_to_string(&opened).unwrap();
    assert!(
        page.ends_with(".html") && !page.contains("preview"),
        "{page}"
    );

    browser.goto(&format!("file://{page}")).await;
    assert_eq!(browser.path().await, "/dashboard/");
    let _ = std::fs::remove_file(&page);
    assert_eq!(browser.text("h1").await, "Hello, Bob");
    // A preview, not a session: it says so, and there is nothing to log out of.
    assert!(
        browser
            .text(".banner")
            .await
            .starts_with("Read-only preview of your client's dashboard")
    );
    assert_eq!(
        browser.text(".who").await,
        "Read-only preview of Bob Martin (bob@example.com)"
    );
    assert_eq!(browser.count("form.logout").await, 0);
    assert!(!browser.body().await.contains("Log out"));
    browser.screenshots("preview").await;
    // Read-only: the form is locked, and the server refuses a change anyway.
    browser.goto(&format!("{base}/dashboard/monitors/18")).await;
    let save = browser
        .client
        .find(Locator::Css("fieldset button"))
        .await
        .unwrap();
    assert!(!save.is_enabled().await.unwrap());
    let cookie = browser
        .client
        .get_named_cookie("monitis_session")
        .await
        .unwrap();
    let csrf = browser.attr("input[name=csrf]", "value").await.unwrap();
    let resp = http()
        .post(format!("{base}/dashboard/monitors/18/delete"))
        .header("cookie", format!("monitis_session={}", cookie.value()))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    assert!(resp.text().await.unwrap().contains("read-only preview"));
    assert_eq!(
        sandbox.monitis().args(["monitor", "show", "18"]).json()["id"],
        18
    );

    // Used once: the second visit is refused, and signs nobody in.
    browser.client.delete_all_cookies().await.unwrap();
    browser.goto(&link).await;
    assert!(browser.text("#refusal").await.contains("already used"));
    assert_eq!(
        browser.text("#refusal code").await,
        "monitis client dashboard EMAIL --web"
    );
    assert!(
        !browser.body().await.contains('`'),
        "no Markdown on a web page"
    );
    browser.screenshots("preview-expired").await;
    browser.goto(&format!("{base}/dashboard/")).await;
    assert_eq!(browser.path().await, "/dashboard/login");

    // A link works only on the sandbox that issued it, even on the same data.
    let other = Sandbox::demo();
    let fresh = sandbox
        .monitis()
        .args(["client", "dashboard", "bob@example.com", "--web"])
        .ok()
        .stdout;
    let token = fresh.trim().rsplit('/').next().unwrap();
    browser
        .goto(&format!("{}/dashboard/preview/{token}", base_of(&other)))
        .await;
    assert!(browser.text("#refusal").await.contains("another sandbox"));
    browser.close().await;
}

fn base_of(sandbox: &Sandbox) -> String {
    base(sandbox)
}
