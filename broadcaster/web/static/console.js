// A few lines of plain JavaScript: confirmations and the live «on air» box.
document.addEventListener("submit", function (ev) {
  var form = ev.target;
  var question = form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) { ev.preventDefault(); }
});

function refreshLive() {
  var box = document.getElementById("live");
  if (!box) { return; }
  fetch("/truc-tiep", { credentials: "same-origin" })
    .then(function (r) { return r.ok ? r.text() : null; })
    .then(function (html) { if (html !== null) { box.innerHTML = html; } })
    .catch(function () {});
}
if (document.getElementById("live")) { setInterval(refreshLive, 2000); }

// Show only the input of the chosen content source (all stay visible without JavaScript).
function showSource() {
  var picked = document.querySelector("input[name=source]:checked");
  if (!picked) { return; }
  document.querySelectorAll("[data-source]").forEach(function (box) {
    box.hidden = box.getAttribute("data-source") !== picked.value;
  });
}
document.addEventListener("change", function (ev) {
  if (ev.target.name === "source") { showSource(); }
});
document.addEventListener("DOMContentLoaded", showSource);

// The repeat fields only matter for a khẩn cấp segment.
function showRepeat() {
  var level = document.querySelector("select[name=level]");
  var box = document.querySelector("[data-level=khan-cap]");
  if (level && box) { box.hidden = level.value !== "khan-cap"; }
}
document.addEventListener("change", function (ev) {
  if (ev.target.name === "level") { showRepeat(); }
});
document.addEventListener("DOMContentLoaded", showRepeat);
