// The package entry for tools that `require('n8n-nodes-topview')`; n8n itself loads the
// paths listed under "n8n" in package.json.
module.exports = {
	TopviewApi: require('./dist/credentials/TopviewApi.credentials.js').TopviewApi,
	Topview: require('./dist/nodes/Topview/Topview.node.js').Topview,
	TopviewTrigger: require('./dist/nodes/Topview/TopviewTrigger.node.js').TopviewTrigger,
};
