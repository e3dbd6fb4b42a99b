// hfmine serve: keyboard shortcuts of the annotation workspace, and its evaluation panel brought up to date. Pages
// work without it.
(function () {
  "use strict";
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && target.type !== "checkbox" && target.type !== "radio");
  }
  document.addEventListener("keydown", function (event) {
    var form = document.getElementById("annotation");
    if (!form || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    var key = event.key;
    if (key === "s") {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.submit();
      return;
    }
    if (key === "j" || key === "k") {
      var link = document.getElementById(key === "j" ? "next" : "previous");
      if (link) {
        window.location.href = link.href;
      }
      return;
    }
    var input = form.querySelector('input[data-key="' + CSS.escape(key) + '"]');
    if (!input) {
      return;
    }
    event.preventDefault();
    if (input.type === "checkbox") {
      input.checked = !input.checked;
    } else {
      input.checked = true;
    }
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  // While the evaluation panel's strata are screened, fetch the page again now and then and put
  // the panel in place once they are counted: a reload would lose a half-filled annotation.
  function refreshWhileScreening() {
    var screening = document.getElementById("strata-screening");
    if (!screening || !window.fetch || !window.DOMParser) {
      return;
    }
    window.setTimeout(function () {
      fetch(screening.getAttribute("data-refresh"), { credentials: "same-origin" }).then(function (response) {
        return response.ok ? response.text() : Promise.reject(response.status);
      }).then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("evaluation");
        var panel = document.getElementById("evaluation");
        if (fresh && panel) {
          fresh.open = panel.open;
          panel.replaceWith(document.importNode(fresh, true));
        }
        refreshWhileScreening();
      }, function () {
        // The server is gone or refused: the panel's link is left for a reload by hand.
      });
    }, 1500);
  }
  refreshWhileScreening();
  // Ticking a sub-theme ticks its theme, as an annotation CSV implies it.
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.name === "subtheme" && box.checked) {
      var theme = box.value.split(".")[0];
      var themeBox = document.querySelector('input[name="theme"][value="' + CSS.escape(theme) + '"]');
      if (themeBox) {
        themeBox.checked = true;
      }
    }
  });
})();
