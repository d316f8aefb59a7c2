import HTTPTypes
import Hummingbird
import VaktaalFormats
import VaktaalModel

/// `GET /openapi.json`: the OpenAPI 3.1 document of every endpoint, written by hand next to the
/// routes, with the loaded schemes filled in as the values scheme parameters take.
/// `OpenAPITests` checks that each path it lists answers; CI runs schemathesis against it.
struct OpenAPIRoute: Sendable {
    let document: String

    init(catalog: Catalog) {
        let names = catalog.vocabulary.schemes.map { SchemeName.shortName(of: $0.iri) } + SchemeName.wellKnown.keys.sorted()
        // An array of plain strings always encodes.
        let list = (try? JSONOutput.string(Array(Set(names)).sorted())) ?? "[]"
        document = Self.template.split(separator: "\"__SCHEMES__\"", omittingEmptySubsequences: false).joined(separator: list)
    }

    func add(to router: Router<some RequestContext>) {
        router.get("openapi.json") { _, _ in Responses.json(document) }
    }

    static let template = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Vaktaal",
    "version": "2026.2",
    "description": "The shared skills vocabulary of the Dutch technical branches: lookup, translation between branches, concepts and mappings (Vaktaal's own JSON under /api, jskos-server-shaped JSKOS under /jskos, Linked Data at /concept), and the advisor's page. Read-only. Bad requests get an RFC 9457 problem document; every query parameter is at most 1000 characters.",
    "license": {
      "name": "see the repository"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "paths": {
    "/health": {
      "get": {
        "summary": "200 once the server is ready",
        "tags": [
          "server"
        ],
        "parameters": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    },
    "/openapi.json": {
      "get": {
        "summary": "this document",
        "tags": [
          "server"
        ],
        "parameters": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          }
        }
      }
    },
    "/api/lookup": {
      "get": {
        "summary": "vaktaal lookup --format json",
        "tags": [
          "api"
        ],
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": true,
            "description": "what to look for",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "a language tag",
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9-]{0,35}$"
            }
          },
          {
            "name": "scheme",
            "in": "query",
            "required": false,
            "description": "only this scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 10
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/LookupResult"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/api/translate": {
      "get": {
        "summary": "vaktaal translate --format json, paths included",
        "tags": [
          "api"
        ],
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": true,
            "description": "the need: a term or a sentence",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": true,
            "description": "the target scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "from",
            "in": "query",
            "required": false,
            "description": "the source scheme (default: every other); must differ from to (400 otherwise)",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 10
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Translation"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/api/concepts/{id}": {
      "get": {
        "summary": "vaktaal show --format json: by IRI (percent-encoded or not), notation or exact preferred label",
        "tags": [
          "api"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "IRI or notation",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[A-Za-z0-9._~-]+$"
            },
            "example": "IT-057"
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "a language tag",
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9-]{0,35}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/ConceptReport"
                    },
                    {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/ConceptReport"
                      }
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/api/schemes": {
      "get": {
        "summary": "the loaded schemes",
        "tags": [
          "api"
        ],
        "parameters": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Scheme"
                  }
                }
              }
            }
          }
        }
      }
    },
    "/api/mappings": {
      "get": {
        "summary": "mappings between two schemes, with provenance",
        "tags": [
          "api"
        ],
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "required": false,
            "description": "source scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "description": "target scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "SKOS match types (exactMatch or IRI), separated by |",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^(((exact|close|broad|narrow|related)Match|http://www\\.w3\\.org/2004/02/skos/core#(exact|close|broad|narrow|related)Match)(\\|((exact|close|broad|narrow|related)Match|http://www\\.w3\\.org/2004/02/skos/core#(exact|close|broad|narrow|related)Match))*)?$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Mapping"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/api/stats": {
      "get": {
        "summary": "vaktaal stats --format json",
        "tags": [
          "api"
        ],
        "parameters": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "concepts",
                    "schemes",
                    "mappings"
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/jskos/status": {
      "get": {
        "summary": "the jskos-server endpoints this server offers",
        "tags": [
          "jskos"
        ],
        "parameters": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "ok"
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/jskos/voc": {
      "get": {
        "summary": "concept schemes (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "uri",
            "in": "query",
            "required": false,
            "description": "scheme URIs separated by |",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/voc/top": {
      "get": {
        "summary": "top concepts of a scheme (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "uri",
            "in": "query",
            "required": false,
            "description": "scheme URIs separated by | (default: every scheme)",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "properties",
            "in": "query",
            "required": false,
            "description": "ancestors to add them",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/voc/concepts": {
      "get": {
        "summary": "every concept of a scheme (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "uri",
            "in": "query",
            "required": true,
            "description": "the scheme URI",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "properties",
            "in": "query",
            "required": false,
            "description": "ancestors to add them",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/concepts": {
      "get": {
        "summary": "concepts by URI or notation (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "uri",
            "in": "query",
            "required": false,
            "description": "concept URIs separated by |",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "notation",
            "in": "query",
            "required": false,
            "description": "notations separated by |",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "properties",
            "in": "query",
            "required": false,
            "description": "ancestors to add them",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/narrower": {
      "get": {
        "summary": "narrower concepts (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "uri",
            "in": "query",
            "required": true,
            "description": "a concept URI",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "properties",
            "in": "query",
            "required": false,
            "description": "ancestors to add them",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/ancestors": {
      "get": {
        "summary": "ancestors, top first (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "uri",
            "in": "query",
            "required": true,
            "description": "a concept URI",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "properties",
            "in": "query",
            "required": false,
            "description": "ancestors to add them",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/search": {
      "get": {
        "summary": "concepts whose labels match (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "search",
            "in": "query",
            "required": true,
            "description": "the query",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "voc",
            "in": "query",
            "required": false,
            "description": "only this scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "properties",
            "in": "query",
            "required": false,
            "description": "ancestors to add them",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/suggest": {
      "get": {
        "summary": "OpenSearch Suggestions [query, [labels], [descriptions], [uris]]",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "search",
            "in": "query",
            "required": true,
            "description": "the query",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "voc",
            "in": "query",
            "required": false,
            "description": "only this scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "format",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "opensearch",
                "jskos"
              ]
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/OpenSearchSuggestions"
                    },
                    {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/JSKOSItem"
                      }
                    }
                  ]
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/concepts/narrower": {
      "get": {
        "summary": "narrower concepts (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "uri",
            "in": "query",
            "required": true,
            "description": "a concept URI",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "properties",
            "in": "query",
            "required": false,
            "description": "ancestors to add them",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/concepts/ancestors": {
      "get": {
        "summary": "ancestors, top first (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "uri",
            "in": "query",
            "required": true,
            "description": "a concept URI",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "properties",
            "in": "query",
            "required": false,
            "description": "ancestors to add them",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/concepts/search": {
      "get": {
        "summary": "concepts whose labels match (JSKOS)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "search",
            "in": "query",
            "required": true,
            "description": "the query",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "voc",
            "in": "query",
            "required": false,
            "description": "only this scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "properties",
            "in": "query",
            "required": false,
            "description": "ancestors to add them",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSItem"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/concepts/suggest": {
      "get": {
        "summary": "OpenSearch Suggestions [query, [labels], [descriptions], [uris]]",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "search",
            "in": "query",
            "required": true,
            "description": "the query",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "voc",
            "in": "query",
            "required": false,
            "description": "only this scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "format",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "opensearch",
                "jskos"
              ]
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/OpenSearchSuggestions"
                    },
                    {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/JSKOSItem"
                      }
                    }
                  ]
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/jskos/mappings": {
      "get": {
        "summary": "mappings (JSKOS: from.memberSet, to.memberSet, type)",
        "tags": [
          "jskos"
        ],
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "required": false,
            "description": "concept URIs or notations separated by |",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "description": "concept URIs or notations separated by |",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "SKOS match type URIs separated by |",
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^(((exact|close|broad|narrow|related)Match|http://www\\.w3\\.org/2004/02/skos/core#(exact|close|broad|narrow|related)Match)(\\|((exact|close|broad|narrow|related)Match|http://www\\.w3\\.org/2004/02/skos/core#(exact|close|broad|narrow|related)Match))*)?$"
            }
          },
          {
            "name": "fromScheme",
            "in": "query",
            "required": false,
            "description": "source scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "toScheme",
            "in": "query",
            "required": false,
            "description": "target scheme",
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "direction",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "forward",
                "backward",
                "both"
              ]
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "the most results",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "results to skip",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/JSKOSMapping"
                  }
                }
              }
            },
            "headers": {
              "X-Total-Count": {
                "description": "the number of results before limit and offset",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/concept": {
      "get": {
        "summary": "a concept IRI dereferenced with content negotiation",
        "tags": [
          "linked data"
        ],
        "parameters": [
          {
            "name": "uri",
            "in": "query",
            "required": true,
            "description": "the concept IRI (or notation)",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "format",
            "in": "query",
            "required": false,
            "description": "overrides Accept",
            "schema": {
              "type": "string",
              "enum": [
                "html",
                "json",
                "rdf",
                "ttl",
                "nt"
              ]
            }
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "en for the English page, nl (default) for Dutch",
            "schema": {
              "type": "string",
              "enum": [
                "nl",
                "en"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "the concept",
            "headers": {
              "Vary": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              },
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JSKOSItem"
                }
              },
              "application/rdf+xml": {
                "schema": {
                  "type": "string"
                }
              },
              "text/turtle": {
                "schema": {
                  "type": "string"
                }
              },
              "application/n-triples": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "description": "no such concept",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              },
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "406": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/": {
      "get": {
        "summary": "the search page",
        "tags": [
          "page"
        ],
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "en for the English page, nl (default) for Dutch",
            "schema": {
              "type": "string",
              "enum": [
                "nl",
                "en"
              ]
            }
          },
          {
            "name": "fragment",
            "in": "query",
            "required": false,
            "description": "1: the results section alone",
            "schema": {
              "type": "string",
              "enum": [
                "1"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "HTML",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/translate": {
      "get": {
        "summary": "the advisor's view",
        "tags": [
          "page"
        ],
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 1000,
              "pattern": "^[^\\u0000-\\u001f\\u007f]*$"
            }
          },
          {
            "name": "from",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": "__SCHEMES__",
              "description": "a scheme by the last part of its IRI (the server also takes its IRI or name)"
            }
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "en for the English page, nl (default) for Dutch",
            "schema": {
              "type": "string",
              "enum": [
                "nl",
                "en"
              ]
            }
          },
          {
            "name": "fragment",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "1"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "HTML",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "description": "a bad scheme or need, explained on the page",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              },
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/diff": {
      "get": {
        "summary": "the form to compare two versions of a vocabulary",
        "tags": [
          "page"
        ],
        "parameters": [
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "en for the English page, nl (default) for Dutch",
            "schema": {
              "type": "string",
              "enum": [
                "nl",
                "en"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "HTML",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "post": {
        "summary": "the Markdown diff of two uploaded versions (vaktaal diff --format markdown), rendered",
        "tags": [
          "page"
        ],
        "parameters": [
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "en for the English page, nl (default) for Dutch",
            "schema": {
              "type": "string",
              "enum": [
                "nl",
                "en"
              ]
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "multipart/form-data": {
              "schema": {
                "type": "object",
                "required": [
                  "old",
                  "new"
                ],
                "properties": {
                  "old": {
                    "type": "string",
                    "format": "binary",
                    "contentMediaType": "application/octet-stream"
                  },
                  "new": {
                    "type": "string",
                    "format": "binary",
                    "contentMediaType": "application/octet-stream"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "HTML with the diff",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "description": "a missing file, a file name without a known extension, or a file that cannot be read, explained on the page",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              },
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "413": {
            "description": "more than 32 MB",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "schemas": {
      "Problem": {
        "type": "object",
        "required": [
          "type",
          "title",
          "status",
          "detail"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer"
          },
          "detail": {
            "type": "string"
          },
          "instance": {
            "type": "string"
          },
          "parameter": {
            "type": "string"
          }
        }
      },
      "LookupResult": {
        "type": "object",
        "required": [
          "concept",
          "matchedLabel",
          "matchedLabelKind",
          "match",
          "score"
        ],
        "properties": {
          "concept": {
            "type": "string"
          },
          "notation": {
            "type": "string"
          },
          "prefLabel": {
            "type": "string"
          },
          "scheme": {
            "type": "string"
          },
          "matchedLabel": {
            "type": "string"
          },
          "matchedLanguage": {
            "type": "string"
          },
          "matchedLabelKind": {
            "type": "string"
          },
          "match": {
            "type": "string",
            "enum": [
              "exact",
              "exact-alternative",
              "word-order",
              "prefix",
              "fuzzy",
              "partial"
            ]
          },
          "score": {
            "type": "number"
          }
        }
      },
      "ConceptRef": {
        "type": "object",
        "required": [
          "iri",
          "notation",
          "prefLabel",
          "scheme"
        ],
        "properties": {
          "iri": {
            "type": "string"
          },
          "notation": {
            "type": [
              "string",
              "null"
            ]
          },
          "prefLabel": {
            "type": [
              "string",
              "null"
            ]
          },
          "scheme": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Translation": {
        "type": "object",
        "required": [
          "term",
          "matchedLabel",
          "match",
          "source",
          "target",
          "type",
          "sibling",
          "confidence",
          "path",
          "answer",
          "basis",
          "relevance",
          "pathType",
          "sharedConcept",
          "coveringConcept",
          "sourceFit",
          "targetFit"
        ],
        "properties": {
          "term": {
            "type": "string"
          },
          "matchedLabel": {
            "type": "string"
          },
          "match": {
            "type": "string"
          },
          "source": {
            "$ref": "#/components/schemas/ConceptRef"
          },
          "target": {
            "$ref": "#/components/schemas/ConceptRef"
          },
          "type": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "exactMatch",
              "closeMatch",
              "broadMatch",
              "narrowMatch",
              "relatedMatch",
              null
            ]
          },
          "sibling": {
            "type": "boolean"
          },
          "confidence": {
            "type": "number"
          },
          "path": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "from",
                "to",
                "type",
                "via"
              ],
              "properties": {
                "from": {
                  "$ref": "#/components/schemas/ConceptRef"
                },
                "to": {
                  "$ref": "#/components/schemas/ConceptRef"
                },
                "type": {
                  "type": "string"
                },
                "via": {
                  "type": "string",
                  "enum": [
                    "mapping",
                    "inverse-mapping",
                    "broader-concept",
                    "narrower-concept"
                  ]
                },
                "confidence": {
                  "type": "number"
                },
                "justification": {
                  "type": "string"
                },
                "mappingSet": {
                  "type": "string"
                }
              }
            }
          },
          "answer": {
            "type": "string",
            "enum": [
              "counterpart",
              "nearest"
            ]
          },
          "basis": {
            "type": "string"
          },
          "relevance": {
            "type": "number"
          },
          "pathType": {
            "type": [
              "string",
              "null"
            ]
          },
          "sharedConcept": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ConceptRef"
              },
              {
                "type": "null"
              }
            ]
          },
          "coveringConcept": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ConceptRef"
              },
              {
                "type": "null"
              }
            ]
          },
          "sourceFit": {
            "type": [
              "object",
              "null"
            ],
            "required": [
              "label",
              "labelKind",
              "part",
              "matchedWords",
              "score",
              "needCoverage",
              "labelCoverage",
              "usedDefinition"
            ],
            "properties": {
              "label": {
                "type": "string"
              },
              "labelKind": {
                "type": "string"
              },
              "part": {
                "type": "string"
              },
              "matchedWords": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "score": {
                "type": "number"
              },
              "needCoverage": {
                "type": "number"
              },
              "labelCoverage": {
                "type": "number"
              },
              "usedDefinition": {
                "type": "boolean"
              }
            }
          },
          "targetFit": {
            "type": [
              "object",
              "null"
            ],
            "required": [
              "label",
              "labelKind",
              "part",
              "matchedWords",
              "score",
              "needCoverage",
              "labelCoverage",
              "usedDefinition"
            ],
            "properties": {
              "label": {
                "type": "string"
              },
              "labelKind": {
                "type": "string"
              },
              "part": {
                "type": "string"
              },
              "matchedWords": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "score": {
                "type": "number"
              },
              "needCoverage": {
                "type": "number"
              },
              "labelCoverage": {
                "type": "number"
              },
              "usedDefinition": {
                "type": "boolean"
              }
            }
          }
        }
      },
      "ConceptReport": {
        "type": "object",
        "required": [
          "iri",
          "notations",
          "schemes",
          "labels",
          "notes",
          "broader",
          "narrower",
          "related",
          "deprecated",
          "replacedBy",
          "mappings"
        ],
        "properties": {
          "iri": {
            "type": "string"
          },
          "notations": {
            "type": "array"
          },
          "schemes": {
            "type": "array"
          },
          "labels": {
            "type": "object"
          },
          "notes": {
            "type": "object"
          },
          "broader": {
            "type": "array"
          },
          "narrower": {
            "type": "array"
          },
          "related": {
            "type": "array"
          },
          "deprecated": {
            "type": "boolean"
          },
          "replacedBy": {
            "type": "array"
          },
          "mappings": {
            "type": "array"
          }
        }
      },
      "Scheme": {
        "type": "object",
        "required": [
          "iri",
          "shortName",
          "name",
          "notation",
          "concepts",
          "topConcepts"
        ],
        "properties": {
          "iri": {
            "type": "string"
          },
          "shortName": {
            "type": "string"
          },
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "notation": {
            "type": [
              "string",
              "null"
            ]
          },
          "concepts": {
            "type": "integer"
          },
          "topConcepts": {
            "type": "integer"
          }
        }
      },
      "Mapping": {
        "type": "object",
        "required": [
          "subject",
          "type",
          "object",
          "confidence",
          "justification",
          "mappingSet",
          "authors",
          "date",
          "comment"
        ],
        "properties": {
          "subject": {
            "$ref": "#/components/schemas/ConceptRef"
          },
          "type": {
            "type": "string"
          },
          "object": {
            "$ref": "#/components/schemas/ConceptRef"
          },
          "confidence": {
            "type": [
              "number",
              "null"
            ]
          },
          "justification": {
            "type": [
              "string",
              "null"
            ]
          },
          "mappingSet": {
            "type": [
              "string",
              "null"
            ]
          },
          "authors": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "date": {
            "type": [
              "string",
              "null"
            ]
          },
          "comment": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "JSKOSItem": {
        "type": "object",
        "required": [
          "uri",
          "@context"
        ],
        "properties": {
          "uri": {
            "type": "string"
          },
          "@context": {
            "type": "string"
          },
          "prefLabel": {
            "type": "object"
          },
          "notation": {
            "type": "array"
          },
          "narrower": {
            "type": "array"
          }
        }
      },
      "JSKOSMapping": {
        "type": "object",
        "required": [
          "from",
          "to",
          "type",
          "@context"
        ],
        "properties": {
          "from": {
            "type": "object",
            "required": [
              "memberSet"
            ]
          },
          "to": {
            "type": "object",
            "required": [
              "memberSet"
            ]
          },
          "type": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "fromScheme": {
            "type": "object"
          },
          "toScheme": {
            "type": "object"
          },
          "mappingRelevance": {
            "type": "number"
          }
        }
      },
      "OpenSearchSuggestions": {
        "type": "array",
        "prefixItems": [
          {
            "type": "string"
          },
          {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        ],
        "minItems": 4,
        "maxItems": 4
      }
    },
    "responses": {
      "Problem": {
        "description": "an RFC 9457 problem document",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      }
    }
  }
}

"""#
}
