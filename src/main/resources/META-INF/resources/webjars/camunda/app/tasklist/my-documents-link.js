// A link in Tasklist's header to the page of one's own documents and notifications (/my/index.html), which
// reads them with the Tasklist session: no second login.
export default {
  id: 'staff-careers-my-documents',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/my/index.html';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'My documents and notifications';
    link.className = 'staff-careers-my-documents';
    link.title = 'Reports and letters about you, and your notifications (opens in a new tab)';
    node.appendChild(link);
  }
};
