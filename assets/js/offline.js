/* The footer's link to the offline copy (dossier-offline.zip, in the site's root folder). A hosted
   site serves the zip; opened from disk, the page is most likely the offline copy itself, which
   cannot hold the zip it came in: say so there instead of showing a link to nothing. */
(function () {
  'use strict';
  if (location.protocol !== 'file:') {
    return;
  }
  document.querySelectorAll('.offline-copy').forEach(function (note) {
    note.textContent = 'You are reading the offline copy of this dossier, from disk.';
  });
})();
