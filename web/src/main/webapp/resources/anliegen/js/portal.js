/*
 * The portal's behaviour in the browser: live updates from the company's channel, Enter sends a reply
 * (Shift+Enter starts a new line), and "is typing" for the consumer's app. No inline scripts: the page's CSP forbids them.
 */
window.anliegenPortal = (function () {
    "use strict";

    const TYPING_EVERY_MS = 3000;
    const TYPING_SHOWN_MS = 6000;
    const REFRESH_AFTER_MS = 150;

    let refreshTimer = null;
    let typingShownUntil = 0;
    let lastTypingSent = 0;

    function later(refresh) {
        clearTimeout(refreshTimer);
        refreshTimer = setTimeout(refresh, REFRESH_AFTER_MS);
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

    /* A conversation of the company changed: the inbox reloads its page, a conversation's page reloads if it is this one. */
    function changed(event) {
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
                later(window.refreshThread);
            }
        } else if (event.type !== "typing" && typeof window.refreshInbox === "function") {
            later(window.refreshInbox);
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

    /* The newest entry of a thread is at the bottom: show it when the page opens and whenever the thread is redrawn. */
    function showNewest() {
        const entries = document.querySelector(".entries");
        if (entries) {
            entries.scrollTop = entries.scrollHeight;
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        showNewest();
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", showNewest);
        }
    });

    return { changed: changed };
})();
