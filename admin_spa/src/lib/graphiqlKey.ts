/** sessionStorage key of the API key the console hands to GraphiQL ("Use in GraphiQL"). */
export const GRAPHIQL_KEY = "plagsini.admin.graphiqlKey";
