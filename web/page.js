// SPDX-License-Identifier: GPL-3.0-or-later
// What the chat page (app.js) and the web mailbox (mailbox.js) share: sessionStorage, the chosen
// language and translated text. Loaded after i18n.js and before the page's own script.
'use strict';

window.ECOUTE_PAGE = (function () {
    const I18N = window.ECOUTE_I18N;
    const LANGS = ['fr', 'de', 'en'];
    const DEFAULT_LANG = 'fr';
    const LANG_KEY = 'ecoute.lang'; // one choice for both pages

    // ---- storage (sessionStorage only; failures, e.g. private modes, are not fatal) ----
    const store = {
        get(key, fallback) {
            try {
                const raw = window.sessionStorage.getItem(key);
                return raw === null ? fallback : JSON.parse(raw);
            } catch (e) {
                return fallback;
            }
        },
        set(key, value) {
            try {
                window.sessionStorage.setItem(key, JSON.stringify(value));
            } catch (e) {
                // storage full or disabled: the page still works, a reload just forgets it
            }
        },
        remove(key) {
            try {
                window.sessionStorage.removeItem(key);
            } catch (e) {
                // ignore
            }
        },
    };

    // ---- language ----
    let lang = DEFAULT_LANG;

    function t(key, args) {
        const table = I18N[lang] || I18N[DEFAULT_LANG];
        let s = table[key];
        if (s === undefined)
            s = I18N[DEFAULT_LANG][key];
        if (s === undefined)
            return key;
        if (args) {
            s = s.replace(/\{(\w+)\}/g, (whole, name) =>
                Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole);
        }
        return s;
    }

    /**
     * Puts a translated string into an element and remembers the key for language changes.
     * The same text again leaves the element alone, so live regions do not announce it twice.
     */
    function setText(node, key, args) {
        if (!key) {
            if (node.dataset.i18n !== undefined)
                delete node.dataset.i18n;
            if (node.dataset.i18nArgs !== undefined)
                delete node.dataset.i18nArgs;
            if (node.textContent !== '')
                node.textContent = '';
            return;
        }
        if (node.dataset.i18n !== key)
            node.dataset.i18n = key;
        const json = args ? JSON.stringify(args) : undefined;
        if (node.dataset.i18nArgs !== json) {
            if (json === undefined)
                delete node.dataset.i18nArgs;
            else
                node.dataset.i18nArgs = json;
        }
        const text = t(key, args);
        if (node.textContent !== text)
            node.textContent = text;
    }

    /** The language chosen earlier in this tab, else the browser's first one we have, else French. */
    function pickInitialLanguage() {
        const saved = store.get(LANG_KEY, null);
        if (LANGS.includes(saved))
            return saved;
        const wanted = navigator.languages && navigator.languages.length
            ? navigator.languages : [navigator.language || ''];
        for (const tag of wanted) {
            const primary = String(tag).toLowerCase().split('-')[0];
            if (LANGS.includes(primary))
                return primary;
        }
        return DEFAULT_LANG;
    }

    /**
     * Switches the page to `newLang`: <html lang>, the title (string `titleKey`), the language
     * `select`, and every element marked data-i18n (with data-i18n-args) or data-i18n-aria-label.
     * What only the page knows (dates, counters) it redoes itself afterwards.
     */
    function applyLanguage(newLang, titleKey, select) {
        lang = LANGS.includes(newLang) ? newLang : DEFAULT_LANG;
        document.documentElement.lang = lang;
        document.title = t(titleKey);
        select.value = lang;
        for (const node of document.querySelectorAll('[data-i18n]')) {
            let args;
            if (node.dataset.i18nArgs) {
                try {
                    args = JSON.parse(node.dataset.i18nArgs);
                } catch (e) {
                    args = undefined;
                }
            }
            node.textContent = t(node.dataset.i18n, args);
        }
        for (const node of document.querySelectorAll('[data-i18n-aria-label]'))
            node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
    }

    /** Remembers the current language for this tab (both pages). */
    function saveLanguage() {
        store.set(LANG_KEY, lang);
    }

    return Object.freeze({
        store: store,
        t: t,
        setText: setText,
        pickInitialLanguage: pickInitialLanguage,
        applyLanguage: applyLanguage,
        saveLanguage: saveLanguage,
        language: () => lang,
    });
}());
