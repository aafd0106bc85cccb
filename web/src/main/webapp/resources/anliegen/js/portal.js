/*
 * The portal's behaviour in the browser: live updates from the company's channel, Enter sends a reply
 * (Shift+Enter starts a new line), and "is typing" for the consumer's app. No inline scripts: the page's CSP forbids them.
 */
(function () {
    "use strict";

    const TYPING_EVERY_MS = 3000;
    const TYPING_SHOWN_MS = 6000;
    const REFRESH_AFTER_MS = 150;

    let refreshTimer = null;
    let inboxChanges = new Set();
    let typingShownUntil = 0;
    let lastTypingSent = 0;

    /* At most one refresh every REFRESH_AFTER_MS, however many changes come: a busy company's page keeps up. */
    function later(refresh) {
        if (refreshTimer) {
            return;
        }
        refreshTimer = setTimeout(function () {
            refreshTimer = null;
            refresh();
        }, REFRESH_AFTER_MS);
    }

    function reportInboxChanges() {
        const changes = Array.from(inboxChanges).join(",");
        inboxChanges = new Set();
        window.refreshInbox([{name: "changes", value: changes}]);
    }

    function showTyping() {
        const typing = document.getElementById("typing");
        if (!typing) {
            return;
        }
        typing.hidden = false;
        typingShownUntil = Date.now() + TYPING_SHOWN_MS;
        setTimeout(function () {
            if (Date.now() >= typingShownUntil) {
                typing.hidden = true;
            }
        }, TYPING_SHOWN_MS);
    }

    /*
     * The company's live channel (CompanyChannel, the page's data-live address). The server closes it for good with
     * 1008 when the session ended (signed out, timed out, a deactivation, a new password, a suspended company) or
     * 1003: the page is loaded again a second later, and shows the sign-in (or the page as whoever signed in since)
     * rather than a page that no longer follows anything. Any other loss (the network, a node of the cluster that
     * died) opens it again, through the balancer on another node if need be, at once and then less often; once it is
     * open again the page reads anew what it shows, since changes may have come meanwhile. It keeps trying while the server cannot be reached (a restart, say), so that
     * a reply begun is never lost to a reload; once it has failed for some ten seconds, it asks at each failure whether
     * the session still holds, and if the server sends the page to the sign-in instead, loads it again.
     */
    const RETRY_AFTER_MS = [0, 250, 500, 1000, 2000, 5000];
    const ASK_AFTER_RETRIES = 6;
    const SESSION_ENDED_RELOAD_MS = 1000;

    function signedOutMeanwhile() {
        return fetch(window.location.href, {method: "HEAD", redirect: "manual", cache: "no-store"})
            .then(function (response) {
                return response.type === "opaqueredirect";
            })
            .catch(function () {
                return false;
            });
    }

    function listen(address, retries) {
        const url = new URL(address, window.location.href);
        url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
        const channel = new WebSocket(url);
        let opened = false;
        channel.addEventListener("open", function () {
            opened = true;
            if (retries > 0) {
                missed();
            }
        });
        channel.addEventListener("message", function (event) {
            changed(JSON.parse(event.data));
        });
        channel.addEventListener("close", function (event) {
            const failed = opened ? 0 : retries;
            if (event.code === 1008 || event.code === 1003) {
                // not at once: when a sign-in in another tab of this browser ended the session, its answer brings
                // the new session's cookie a moment later, and a page loaded before it lands would start a session
                // of its own whose cookie replaced the new sign-in's
                setTimeout(function () {
                    window.location.reload();
                }, SESSION_ENDED_RELOAD_MS);
                return;
            }
            if (failed >= ASK_AFTER_RETRIES) {
                signedOutMeanwhile().then(function (gone) {
                    if (gone) {
                        window.location.reload();
                    }
                });
            }
            setTimeout(function () {
                listen(address, failed + 1);
            }, RETRY_AFTER_MS[Math.min(failed, RETRY_AFTER_MS.length - 1)]);
        });
    }

    /* The thread page's remote command, looked up when the refresh is due (a page may have replaced it meanwhile). */
    function refreshThread() {
        window.refreshThread();
    }

    /* The channel was lost for a while: the page reads anew what it shows. */
    function missed() {
        laterUnread();
        if (document.getElementById("live")) {
            if (typeof window.refreshThread === "function") {
                later(refreshThread);
            }
        } else if (typeof window.refreshInbox === "function") {
            inboxChanges.add("missed");
            later(reportInboxChanges);
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        const live = document.querySelector("[data-live]");
        if (live) {
            listen(live.dataset.live, 0);
        }
    });

    /* Conversations of the company changed (the server sends what changed in the last quarter of a second). */
    function changed(message) {
        const changes = message.changes || [];
        changes.forEach(changedOne);
        if (changes.some(function (change) { return change.type !== "typing"; })) {
            laterUnread();
        }
        changes.filter(function (change) { return change.opened; }).forEach(notifyOpened);
    }

    /*
     * The unread count in the navigation and the tab's title ("(3) Posteingang · Anliegen"), asked for again
     * (UnreadServlet) at most once a second while changes come.
     */
    const UNREAD_EVERY_MS = 1000;
    let unreadTimer = null;

    function laterUnread() {
        if (unreadTimer) {
            return;
        }
        unreadTimer = setTimeout(function () {
            unreadTimer = null;
            refreshUnread();
        }, UNREAD_EVERY_MS);
    }

    function refreshUnread() {
        const link = document.querySelector("[data-unread]");
        if (!link) {
            return;
        }
        fetch(link.dataset.unread, {credentials: "same-origin", headers: {Accept: "application/json"}})
            .then(function (response) {
                return response.ok && (response.headers.get("Content-Type") || "").startsWith("application/json")
                    ? response.json()
                    : null;
            })
            .then(function (unread) {
                if (unread) {
                    showUnread(unread.count > 0 ? unread.count + (unread.more ? "+" : "") : "");
                }
            })
            .catch(function () {
                // the channel's own retries bring the page up to date once the server answers again
            });
    }

    function showUnread(label) {
        const count = document.getElementById("navUnread");
        if (count) {
            count.textContent = label;
        }
        const title = document.title.replace(/^\(\d+\+?\) /, "");
        document.title = label ? "(" + label + ") " + title : title;
    }

    /*
     * A new request: a short tone and a desktop notification, each only if the agent switched it on in this browser
     * (the inbox's choice, kept in this browser alone) and, for the notification, the browser allows it. The tone is
     * made in the page (no sound file, nothing from another origin); the notification names no one, and opens the
     * request when clicked.
     */
    const SOUND = "anliegen.notify.sound";
    const DESKTOP = "anliegen.notify.desktop";
    const notified = new Set();

    function chosen(key) {
        try {
            return window.localStorage.getItem(key) === "on";
        } catch (e) {
            return false;
        }
    }

    function keepChoice(key, on) {
        try {
            if (on) {
                window.localStorage.setItem(key, "on");
            } else {
                window.localStorage.removeItem(key);
            }
        } catch (e) {
            // a browser that keeps nothing (private mode) asks again next time
        }
    }

    function notifyOpened(change) {
        if (notified.has(change.conversationId)) {
            return;
        }
        notified.add(change.conversationId);
        if (chosen(SOUND)) {
            tone();
        }
        const choice = document.getElementById("notifyChoice");
        if (chosen(DESKTOP) && "Notification" in window && Notification.permission === "granted") {
            const notification = new Notification(choice ? choice.dataset.title : "Anliegen", {
                body: choice ? choice.dataset.body : "",
                tag: "anliegen-" + change.conversationId
            });
            notification.addEventListener("click", function () {
                window.focus();
                window.location.href = (choice ? choice.dataset.open : "") + change.conversationId;
            });
        }
    }

    function tone() {
        const Context = window.AudioContext || window.webkitAudioContext;
        if (!Context) {
            return;
        }
        const audio = new Context();
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.frequency.value = 880;
        gain.gain.setValueAtTime(0.15, audio.currentTime);
        gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start();
        oscillator.stop(audio.currentTime + 0.4);
        oscillator.addEventListener("ended", function () {
            audio.close();
        });
    }

    /*
     * A case's export is a download, which leaves the page as it is, and counts once its ZIP has been written: a
     * while after its link is clicked, the page reads the case again (its remote command), so that the closing question
     * knows of the export; a large export takes longer, so it looks again later.
     */
    document.addEventListener("click", function (event) {
        const link = event.target.closest ? event.target.closest("[data-rereads-case]") : null;
        if (link && typeof window.reReadCase === "function") {
            [2000, 10000, 30000, 90000].forEach(function (delay) {
                setTimeout(window.reReadCase, delay);
            });
        }
    });

    /* The inbox's two switches: their state is this browser's choice; the notification asks the browser first. */
    document.addEventListener("DOMContentLoaded", function () {
        const choice = document.getElementById("notifyChoice");
        if (!choice) {
            return;
        }
        const sound = document.getElementById("notifySound");
        const desktop = document.getElementById("notifyDesktop");
        const refused = document.getElementById("notifyRefused");
        sound.checked = chosen(SOUND);
        desktop.checked = chosen(DESKTOP) && "Notification" in window && Notification.permission === "granted";
        if (!("Notification" in window)) {
            desktop.disabled = true;
        }
        sound.addEventListener("change", function () {
            keepChoice(SOUND, sound.checked);
            if (sound.checked) {
                tone();
            }
        });
        desktop.addEventListener("change", function () {
            if (!desktop.checked) {
                keepChoice(DESKTOP, false);
                return;
            }
            Notification.requestPermission().then(function (permission) {
                const granted = permission === "granted";
                desktop.checked = granted;
                keepChoice(DESKTOP, granted);
                refused.hidden = granted;
            });
        });
    });

    /*
     * The inbox names the changed conversations to the server, which draws their rows anew or reads the page again;
     * a conversation's page reloads if the change is in this conversation.
     */
    function changedOne(event) {
        const live = document.getElementById("live");
        if (live) {
            if (String(event.conversationId) !== live.dataset.conversation) {
                return;
            }
            if (event.type === "typing") {
                if (event.side === "consumer") {
                    showTyping();
                }
                return;
            }
            if (event.type === "message") {
                document.getElementById("typing").hidden = true;
            }
            if (typeof window.refreshThread === "function") {
                later(refreshThread);
            }
        } else if (event.type !== "typing" && typeof window.refreshInbox === "function") {
            inboxChanges.add(event.type + ":" + event.conversationId);
            later(reportInboxChanges);
        }
    }

    document.addEventListener("keydown", function (event) {
        const area = event.target;
        if (event.key !== "Enter" || event.shiftKey || event.isComposing || !area.dataset || !area.dataset.enterSends) {
            return;
        }
        event.preventDefault();
        document.getElementById(area.dataset.enterSends).click();
    });

    document.addEventListener("input", function (event) {
        if (!event.target.dataset || !event.target.dataset.typing || typeof window.sendTyping !== "function") {
            return;
        }
        const now = Date.now();
        if (now - lastTypingSent >= TYPING_EVERY_MS) {
            lastTypingSent = now;
            window.sendTyping();
        }
    });

    /*
     * The newest entry of a thread is at the bottom, and shown when the page opens. Whenever the thread is drawn anew
     * (a live update, the agent's own reply or note), a reader at the end stays at the end; a reader who scrolled up
     * keeps their place, and a button says that something new is below. Earlier messages asked for go in above: the
     * thread then shows the newest of them, down to the entry that was the first shown. The thread's element is
     * replaced by each update, so where the reader was is kept as they scroll, and applied to the element that
     * replaces it.
     */
    const AT_END_PX = 48;
    let shownEntries = null;
    let place = null;
    let ownAction = null;
    let firstShown = null;

    function entries() {
        return document.querySelector(".entries");
    }

    function atEnd(element) {
        return element.scrollHeight - element.scrollTop - element.clientHeight <= AT_END_PX;
    }

    function remember(element) {
        place = {
            top: element.scrollTop,
            atEnd: atEnd(element),
            count: element.children.length,
        };
    }

    function newBelow(shown) {
        const button = document.getElementById("newBelow");
        if (button) {
            button.hidden = !shown;
        }
    }

    function showNewest() {
        const element = entries();
        if (element) {
            element.scrollTop = element.scrollHeight;
            remember(element);
        }
        newBelow(false);
    }

    // the entry that was the first shown, at the bottom of the thread's view, the earlier ones above it
    function showJoin(element) {
        const joined = firstShown && document.getElementById(firstShown);
        if (joined && element.contains(joined)) {
            const top = joined.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop;
            element.scrollTop = top + joined.offsetHeight - element.clientHeight;
        }
        remember(element);
    }

    function redrawn(element) {
        const action = ownAction;
        ownAction = null;
        if (action === "earlier") {
            const first = element.firstElementChild;
            if (!first || first.id !== firstShown) {
                showJoin(element);
                return;
            }
            // a live redraw came before the earlier messages did: they are still to come, and join then
            ownAction = "earlier";
        }
        if (!place || action === "own" || place.atEnd) {
            showNewest();
            return;
        }
        const more = element.children.length > place.count;
        element.scrollTop = place.top;
        remember(element);
        if (more) {
            newBelow(true);
        }
    }

    document.addEventListener("click", function (event) {
        const target = event.target.closest ? event.target.closest("button, a") : null;
        if (!target) {
            return;
        }
        if (target.id === "newBelow") {
            showNewest();
        } else if (target.id === "reply:send" || target.id === "note:add") {
            ownAction = "own";
        } else if (target.id === "thread:earlier") {
            ownAction = "earlier";
            const first = entries() && entries().firstElementChild;
            firstShown = first ? first.id : null;
        }
    }, true);

    document.addEventListener("scroll", function (event) {
        const element = event.target;
        if (element.classList && element.classList.contains("entries")) {
            remember(element);
            if (place.atEnd) {
                newBelow(false);
            }
        }
    }, true);

    // a picture that loads later makes the thread taller: a reader at the end stays there
    document.addEventListener("load", function (event) {
        if (event.target.tagName === "IMG" && event.target.closest(".entries") && place && place.atEnd) {
            showNewest();
        }
    }, true);

    document.addEventListener("DOMContentLoaded", function () {
        shownEntries = entries();
        if (!shownEntries) {
            return;
        }
        showNewest();
        new MutationObserver(function () {
            const element = entries();
            if (element && element !== shownEntries) {
                shownEntries = element;
                redrawn(element);
            }
        }).observe(document.body, { childList: true, subtree: true });
    });

    /*
     * Canned responses go in at the cursor of the reply box, never over what the agent wrote: chosen from the list of
     * the button, or by typing "/" and part of a title in the reply box (arrow keys choose, Enter inserts, Escape
     * closes and leaves the text as typed).
     */
    let slashAt = -1;
    let active = -1;

    function cannedList() {
        return document.getElementById("cannedList");
    }

    function replyBox() {
        return document.getElementById("reply:text");
    }

    function shownOptions() {
        const list = cannedList();
        return list ? Array.from(list.querySelectorAll("[role=option]")).filter(function (option) {
            return !option.hidden;
        }) : [];
    }

    function openCanned(query) {
        const list = cannedList();
        const wanted = query.toLocaleLowerCase();
        list.querySelectorAll("[role=option]").forEach(function (option) {
            option.hidden = !option.textContent.toLocaleLowerCase().includes(wanted);
        });
        const any = shownOptions().length > 0;
        list.hidden = !any;
        document.getElementById("cannedToggle").setAttribute("aria-expanded", String(any));
        choose(0);
        return any;
    }

    function closeCanned() {
        const list = cannedList();
        if (list) {
            list.hidden = true;
            list.removeAttribute("aria-activedescendant");
            document.getElementById("cannedToggle").setAttribute("aria-expanded", "false");
        }
        const box = replyBox();
        if (box) {
            box.removeAttribute("aria-activedescendant");
        }
        slashAt = -1;
        active = -1;
    }

    function choose(index) {
        const options = shownOptions();
        active = options.length === 0 ? -1 : (index + options.length) % options.length;
        options.forEach(function (option, i) {
            option.setAttribute("aria-selected", String(i === active));
        });
        if (active >= 0) {
            options[active].scrollIntoView({ block: "nearest" });
            const owner = slashAt >= 0 ? replyBox() : cannedList();
            owner.setAttribute("aria-activedescendant", options[active].id);
        }
    }

    function insert(option) {
        const box = replyBox();
        const text = option.dataset.text;
        if (slashAt >= 0) {
            // the "/" and what was typed after it make way for the response
            box.setRangeText(text, slashAt, box.selectionStart, "end");
        } else {
            box.setRangeText(text, box.selectionEnd, box.selectionEnd, "end");
        }
        closeCanned();
        box.focus();
        box.dispatchEvent(new Event("input", { bubbles: true }));
    }

    function cannedKey(event) {
        const options = shownOptions();
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            choose(active + (event.key === "ArrowDown" ? 1 : -1));
        } else if ((event.key === "Enter" || (event.key === " " && slashAt < 0)) && active >= 0) {
            insert(options[active]);
        } else if (event.key === "Escape") {
            const fromList = slashAt < 0;
            closeCanned();
            (fromList ? document.getElementById("cannedToggle") : replyBox()).focus();
        } else {
            return false;
        }
        event.preventDefault();
        event.stopPropagation();
        return true;
    }

    // capture: before the reply box's Enter sends
    document.addEventListener("keydown", function (event) {
        const list = cannedList();
        if (!list || list.hidden) {
            return;
        }
        if (event.target === list || (event.target === replyBox() && slashAt >= 0)) {
            cannedKey(event);
        } else if (event.key === "Tab") {
            closeCanned();
        }
    }, true);

    document.addEventListener("input", function (event) {
        const box = replyBox();
        if (event.target !== box || !cannedList() || event.isTrusted === false) {
            return;
        }
        const caret = box.selectionStart;
        if (slashAt < 0) {
            const typed = box.value.charAt(caret - 1);
            const before = caret < 2 ? "" : box.value.charAt(caret - 2);
            if (typed === "/" && (caret === 1 || /\s/.test(before))) {
                slashAt = caret - 1;
                if (!openCanned("")) {
                    slashAt = -1;
                }
            }
            return;
        }
        const query = box.value.substring(slashAt + 1, caret);
        if (caret <= slashAt || box.value.charAt(slashAt) !== "/" || /\s/.test(query) || !openCanned(query)) {
            closeCanned();
        }
    });

    document.addEventListener("click", function (event) {
        const list = cannedList();
        if (!list) {
            return;
        }
        const option = event.target.closest ? event.target.closest("#cannedList [role=option]") : null;
        if (option) {
            insert(option);
        } else if (event.target.id === "cannedToggle") {
            if (list.hidden) {
                slashAt = -1;
                openCanned("");
                list.focus();
            } else {
                closeCanned();
            }
        } else if (!list.hidden && !list.contains(event.target)) {
            closeCanned();
        }
    });

    /* A picture in the thread opens at full size over the page (Escape, a click or the button closes it). */
    document.addEventListener("click", function (event) {
        const link = event.target.closest ? event.target.closest(".entries a.attachment") : null;
        const image = link && link.querySelector("img");
        if (!image || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        const viewer = document.createElement("dialog");
        viewer.className = "viewer";
        viewer.id = "viewer";
        viewer.setAttribute("aria-label", image.alt);
        const large = document.createElement("img");
        large.src = link.href;
        large.alt = image.alt;
        const close = document.createElement("button");
        close.type = "button";
        close.textContent = document.getElementById("live").dataset.close;
        viewer.append(large, close);
        viewer.addEventListener("close", function () {
            viewer.remove();
        });
        viewer.addEventListener("click", function () {
            viewer.close();
        });
        document.body.append(viewer);
        viewer.showModal();
        close.focus();
    });

    /*
     * The inbox's queue, filters, search and page are its address (InboxAddress): the page names it, corrected (a value
     * it does not know is left out), and after each change the browser's address becomes it, in place of the entry
     * (no entry of its own for each filter), so that a reload, the back button from a request and a request's link
     * back (its rows carry the address) return to the same list.
     */
    function showInboxAddress() {
        const address = document.querySelector("[data-inbox-address]");
        const shown = window.location.pathname + window.location.search;
        if (address && address.dataset.inboxAddress !== shown) {
            window.history.replaceState(window.history.state, "", address.dataset.inboxAddress);
        }
    }

    document.addEventListener("DOMContentLoaded", showInboxAddress);

    /*
     * Every ajax request names the page the browser shows, with its query, which the form's own address lacks: when
     * the session ended meanwhile, the sign-in returns to this page, or "stay signed in" opens it afresh.
     */
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxSend", function (event, xhr) {
            xhr.setRequestHeader("X-Anliegen-Page", window.location.pathname + window.location.search);
        });
        window.jQuery(document).on("pfAjaxComplete", showInboxAddress);
    }
})();
