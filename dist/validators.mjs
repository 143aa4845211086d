import { createRequire as __kmslintCreateRequire } from 'node:module';
const require = __kmslintCreateRequire(import.meta.url);
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// validators.mjs
var keyPolicy = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://kmslint.dev/schemas/key-policy.schema.json", "title": "AWS KMS key policy document", "description": "The IAM policy grammar as it applies to KMS key policies (semantics.md \xA71\u2013\xA72). Conditional branches use if/then/else rather than oneOf so that every violation produces exactly one error.", "type": "object", "additionalProperties": false, "required": ["Statement"], "properties": { "Version": { "enum": ["2012-10-17", "2008-10-17"] }, "Id": { "type": "string" }, "Statement": { "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/statement" } }, "else": { "$ref": "#/$defs/statement" } } }, "$defs": { "statement": { "type": "object", "additionalProperties": false, "required": ["Effect"], "$comment": 'The either/or element rules only make sense for an object; a statement of the wrong type gets one "must be an object" error.', "if": { "type": "object" }, "then": { "allOf": [{ "$ref": "#/$defs/principalElement" }, { "$ref": "#/$defs/actionElement" }, { "$ref": "#/$defs/resourceElement" }] }, "properties": { "Sid": { "type": "string" }, "Effect": { "enum": ["Allow", "Deny"] }, "Principal": { "$ref": "#/$defs/principal" }, "NotPrincipal": { "$ref": "#/$defs/principal" }, "Action": { "$ref": "#/$defs/actionList" }, "NotAction": { "$ref": "#/$defs/actionList" }, "Resource": { "$ref": "#/$defs/stringList" }, "NotResource": { "$ref": "#/$defs/stringList" }, "Condition": { "$ref": "#/$defs/condition" } } }, "principalElement": { "description": "a statement needs exactly one of Principal or NotPrincipal", "anyOf": [{ "required": ["Principal"] }, { "required": ["NotPrincipal"] }], "not": { "required": ["Principal", "NotPrincipal"] } }, "actionElement": { "description": "a statement needs exactly one of Action or NotAction", "anyOf": [{ "required": ["Action"] }, { "required": ["NotAction"] }], "not": { "required": ["Action", "NotAction"] } }, "resourceElement": { "description": "a statement has Resource or NotResource, not both", "not": { "required": ["Resource", "NotResource"] } }, "principal": { "if": { "type": "string" }, "then": { "const": "*", "description": 'a Principal given as a string can only be "*"; name anything else as {"AWS": "arn:aws:iam::111122223333:root"}' }, "else": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "AWS": { "$ref": "#/$defs/stringList" }, "Service": { "$ref": "#/$defs/stringList" }, "Federated": { "$ref": "#/$defs/stringList" }, "CanonicalUser": { "$ref": "#/$defs/stringList" } } } }, "actionName": { "description": 'an action name such as "kms:Encrypt", "kms:Get*" or "*"', "type": "string", "pattern": "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$" }, "actionList": { "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/actionName" } }, "else": { "$ref": "#/$defs/actionName" } }, "stringList": { "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "else": { "type": "string" } }, "conditionValue": { "type": ["string", "number", "boolean"] }, "condition": { "type": "object", "additionalProperties": { "type": "object", "minProperties": 1, "additionalProperties": { "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/conditionValue" } }, "else": { "$ref": "#/$defs/conditionValue" } } } } } };
var schema32 = { "type": "object", "additionalProperties": false, "required": ["Effect"], "$comment": 'The either/or element rules only make sense for an object; a statement of the wrong type gets one "must be an object" error.', "if": { "type": "object" }, "then": { "allOf": [{ "$ref": "#/$defs/principalElement" }, { "$ref": "#/$defs/actionElement" }, { "$ref": "#/$defs/resourceElement" }] }, "properties": { "Sid": { "type": "string" }, "Effect": { "enum": ["Allow", "Deny"] }, "Principal": { "$ref": "#/$defs/principal" }, "NotPrincipal": { "$ref": "#/$defs/principal" }, "Action": { "$ref": "#/$defs/actionList" }, "NotAction": { "$ref": "#/$defs/actionList" }, "Resource": { "$ref": "#/$defs/stringList" }, "NotResource": { "$ref": "#/$defs/stringList" }, "Condition": { "$ref": "#/$defs/condition" } } };
var schema33 = { "description": "a statement needs exactly one of Principal or NotPrincipal", "anyOf": [{ "required": ["Principal"] }, { "required": ["NotPrincipal"] }], "not": { "required": ["Principal", "NotPrincipal"] } };
var schema34 = { "description": "a statement needs exactly one of Action or NotAction", "anyOf": [{ "required": ["Action"] }, { "required": ["NotAction"] }], "not": { "required": ["Action", "NotAction"] } };
var schema35 = { "description": "a statement has Resource or NotResource, not both", "not": { "required": ["Resource", "NotResource"] } };
var schema37 = { "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "else": { "type": "string" } };
var func1 = Object.prototype.hasOwnProperty;
var schema36 = { "if": { "type": "string" }, "then": { "const": "*", "description": 'a Principal given as a string can only be "*"; name anything else as {"AWS": "arn:aws:iam::111122223333:root"}' }, "else": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "AWS": { "$ref": "#/$defs/stringList" }, "Service": { "$ref": "#/$defs/stringList" }, "Federated": { "$ref": "#/$defs/stringList" }, "CanonicalUser": { "$ref": "#/$defs/stringList" } } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if ("*" !== data) {
      const err1 = { instancePath, schemaPath: "#/then/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant", schema: "*", parentSchema: schema36.then, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        const err2 = { instancePath, schemaPath: "#/else/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema36.else, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "AWS" || key0 === "Service" || key0 === "Federated" || key0 === "CanonicalUser")) {
          const err3 = { instancePath, schemaPath: "#/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.else, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.AWS !== void 0) {
        let data0 = data.AWS;
        const _errs9 = errors;
        let valid3 = true;
        const _errs10 = errors;
        if (!Array.isArray(data0)) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var _valid1 = _errs10 === errors;
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
        let ifClause1;
        if (_valid1) {
          const _errs12 = errors;
          if (Array.isArray(data0)) {
            if (data0.length < 1) {
              const err5 = { instancePath: instancePath + "/AWS", schemaPath: "#/$defs/stringList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data0 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              if (typeof data1 !== "string") {
                const err6 = { instancePath: instancePath + "/AWS/" + i0, schemaPath: "#/$defs/stringList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/AWS", schemaPath: "#/$defs/stringList/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.then.type, parentSchema: schema37.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid1 = _errs12 === errors;
          valid3 = _valid1;
          ifClause1 = "then";
        } else {
          const _errs16 = errors;
          if (typeof data0 !== "string") {
            const err8 = { instancePath: instancePath + "/AWS", schemaPath: "#/$defs/stringList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data0 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid1 = _errs16 === errors;
          valid3 = _valid1;
          ifClause1 = "else";
        }
        if (!valid3) {
          const err9 = { instancePath: instancePath + "/AWS", schemaPath: "#/$defs/stringList/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema37.if, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.Service !== void 0) {
        let data2 = data.Service;
        const _errs20 = errors;
        let valid7 = true;
        const _errs21 = errors;
        if (!Array.isArray(data2)) {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        var _valid2 = _errs21 === errors;
        errors = _errs20;
        if (vErrors !== null) {
          if (_errs20) {
            vErrors.length = _errs20;
          } else {
            vErrors = null;
          }
        }
        let ifClause2;
        if (_valid2) {
          const _errs23 = errors;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              const err11 = { instancePath: instancePath + "/Service", schemaPath: "#/$defs/stringList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data3 = data2[i1];
              if (typeof data3 !== "string") {
                const err12 = { instancePath: instancePath + "/Service/" + i1, schemaPath: "#/$defs/stringList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/Service", schemaPath: "#/$defs/stringList/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.then.type, parentSchema: schema37.then, data: data2 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid2 = _errs23 === errors;
          valid7 = _valid2;
          ifClause2 = "then";
        } else {
          const _errs27 = errors;
          if (typeof data2 !== "string") {
            const err14 = { instancePath: instancePath + "/Service", schemaPath: "#/$defs/stringList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var _valid2 = _errs27 === errors;
          valid7 = _valid2;
          ifClause2 = "else";
        }
        if (!valid7) {
          const err15 = { instancePath: instancePath + "/Service", schemaPath: "#/$defs/stringList/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema37.if, parentSchema: schema37, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (data.Federated !== void 0) {
        let data4 = data.Federated;
        const _errs31 = errors;
        let valid11 = true;
        const _errs32 = errors;
        if (!Array.isArray(data4)) {
          const err16 = {};
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        var _valid3 = _errs32 === errors;
        errors = _errs31;
        if (vErrors !== null) {
          if (_errs31) {
            vErrors.length = _errs31;
          } else {
            vErrors = null;
          }
        }
        let ifClause3;
        if (_valid3) {
          const _errs34 = errors;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err17 = { instancePath: instancePath + "/Federated", schemaPath: "#/$defs/stringList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            const len2 = data4.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data5 = data4[i2];
              if (typeof data5 !== "string") {
                const err18 = { instancePath: instancePath + "/Federated/" + i2, schemaPath: "#/$defs/stringList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/Federated", schemaPath: "#/$defs/stringList/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.then.type, parentSchema: schema37.then, data: data4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var _valid3 = _errs34 === errors;
          valid11 = _valid3;
          ifClause3 = "then";
        } else {
          const _errs38 = errors;
          if (typeof data4 !== "string") {
            const err20 = { instancePath: instancePath + "/Federated", schemaPath: "#/$defs/stringList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data4 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          var _valid3 = _errs38 === errors;
          valid11 = _valid3;
          ifClause3 = "else";
        }
        if (!valid11) {
          const err21 = { instancePath: instancePath + "/Federated", schemaPath: "#/$defs/stringList/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: 'must match "' + ifClause3 + '" schema', schema: schema37.if, parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.CanonicalUser !== void 0) {
        let data6 = data.CanonicalUser;
        const _errs42 = errors;
        let valid15 = true;
        const _errs43 = errors;
        if (!Array.isArray(data6)) {
          const err22 = {};
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid4 = _errs43 === errors;
        errors = _errs42;
        if (vErrors !== null) {
          if (_errs42) {
            vErrors.length = _errs42;
          } else {
            vErrors = null;
          }
        }
        let ifClause4;
        if (_valid4) {
          const _errs45 = errors;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err23 = { instancePath: instancePath + "/CanonicalUser", schemaPath: "#/$defs/stringList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            const len3 = data6.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data7 = data6[i3];
              if (typeof data7 !== "string") {
                const err24 = { instancePath: instancePath + "/CanonicalUser/" + i3, schemaPath: "#/$defs/stringList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/CanonicalUser", schemaPath: "#/$defs/stringList/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.then.type, parentSchema: schema37.then, data: data6 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          var _valid4 = _errs45 === errors;
          valid15 = _valid4;
          ifClause4 = "then";
        } else {
          const _errs49 = errors;
          if (typeof data6 !== "string") {
            const err26 = { instancePath: instancePath + "/CanonicalUser", schemaPath: "#/$defs/stringList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data6 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var _valid4 = _errs49 === errors;
          valid15 = _valid4;
          ifClause4 = "else";
        }
        if (!valid15) {
          const err27 = { instancePath: instancePath + "/CanonicalUser", schemaPath: "#/$defs/stringList/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: 'must match "' + ifClause4 + '" schema', schema: schema37.if, parentSchema: schema37, data: data6 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    } else {
      const err28 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.else.type, parentSchema: schema36.else, data };
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err29 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema36.if, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate22.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema41 = { "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/actionName" } }, "else": { "$ref": "#/$defs/actionName" } };
var schema42 = { "description": 'an action name such as "kms:Encrypt", "kms:Get*" or "*"', "type": "string", "pattern": "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$" };
var pattern4 = new RegExp("^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      if (data.length < 1) {
        const err1 = { instancePath, schemaPath: "#/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.then, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
          if (!pattern4.test(data0)) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/actionName/pattern", keyword: "pattern", params: { pattern: "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$" }, message: 'must match pattern "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$"', schema: "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$", parentSchema: schema42, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/actionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.then.type, parentSchema: schema41.then, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var items0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs8 = errors;
    if (typeof data === "string") {
      if (!pattern4.test(data)) {
        const err5 = { instancePath, schemaPath: "#/$defs/actionName/pattern", keyword: "pattern", params: { pattern: "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$" }, message: 'must match pattern "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$"', schema: "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$", parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    } else {
      const err6 = { instancePath, schemaPath: "#/$defs/actionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    var _valid0 = _errs8 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema41.if, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate25.errors = vErrors;
  evaluated0.items = items0;
  return errors === 0;
}
validate25.evaluated = { "dynamicProps": false, "dynamicItems": true };
var schema46 = { "type": "object", "additionalProperties": { "type": "object", "minProperties": 1, "additionalProperties": { "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/conditionValue" } }, "else": { "$ref": "#/$defs/conditionValue" } } } };
var schema47 = { "type": ["string", "number", "boolean"] };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema46.additionalProperties, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key1 in data0) {
          let data1 = data0[key1];
          const _errs6 = errors;
          let valid2 = true;
          const _errs7 = errors;
          if (!Array.isArray(data1)) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var _valid0 = _errs7 === errors;
          errors = _errs6;
          if (vErrors !== null) {
            if (_errs6) {
              vErrors.length = _errs6;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs9 = errors;
            if (Array.isArray(data1)) {
              if (data1.length < 1) {
                const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema46.additionalProperties.additionalProperties.then, data: data1 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 !== "string" && !(typeof data2 == "number" && isFinite(data2)) && typeof data2 !== "boolean") {
                  const err3 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/conditionValue/type", keyword: "type", params: { type: schema47.type }, message: "must be string,number,boolean", schema: schema47.type, parentSchema: schema47, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
            } else {
              const err4 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.additionalProperties.additionalProperties.then.type, parentSchema: schema46.additionalProperties.additionalProperties.then, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            var _valid0 = _errs9 === errors;
            valid2 = _valid0;
            ifClause0 = "then";
          } else {
            const _errs14 = errors;
            if (typeof data1 !== "string" && !(typeof data1 == "number" && isFinite(data1)) && typeof data1 !== "boolean") {
              const err5 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/conditionValue/type", keyword: "type", params: { type: schema47.type }, message: "must be string,number,boolean", schema: schema47.type, parentSchema: schema47, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            var _valid0 = _errs14 === errors;
            valid2 = _valid0;
            ifClause0 = "else";
          }
          if (!valid2) {
            const err6 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema46.additionalProperties.additionalProperties.if, parentSchema: schema46.additionalProperties.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.additionalProperties.type, parentSchema: schema46.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid0 = true;
  const _errs3 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    const _errs8 = errors;
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Principal === void 0 && (missing0 = "Principal") || data.NotPrincipal === void 0 && (missing0 = "NotPrincipal")) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var valid3 = _errs9 === errors;
    if (valid3) {
      const err2 = { instancePath, schemaPath: "#/$defs/principalElement/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema33.not, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    } else {
      errors = _errs8;
      if (vErrors !== null) {
        if (_errs8) {
          vErrors.length = _errs8;
        } else {
          vErrors = null;
        }
      }
    }
    const _errs10 = errors;
    let valid4 = false;
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Principal === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/principalElement/anyOf/0/required", keyword: "required", params: { missingProperty: "Principal" }, message: "must have required property 'Principal'", schema: schema33.anyOf[0].required, parentSchema: schema33.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid1 = _errs11 === errors;
    valid4 = valid4 || _valid1;
    const _errs12 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotPrincipal === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/principalElement/anyOf/1/required", keyword: "required", params: { missingProperty: "NotPrincipal" }, message: "must have required property 'NotPrincipal'", schema: schema33.anyOf[1].required, parentSchema: schema33.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid1 = _errs12 === errors;
    valid4 = valid4 || _valid1;
    if (!valid4) {
      const err5 = { instancePath, schemaPath: "#/$defs/principalElement/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    } else {
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
    }
    const _errs15 = errors;
    const _errs16 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.Action === void 0 && (missing1 = "Action") || data.NotAction === void 0 && (missing1 = "NotAction")) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var valid6 = _errs16 === errors;
    if (valid6) {
      const err7 = { instancePath, schemaPath: "#/$defs/actionElement/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema34.not, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    } else {
      errors = _errs15;
      if (vErrors !== null) {
        if (_errs15) {
          vErrors.length = _errs15;
        } else {
          vErrors = null;
        }
      }
    }
    const _errs17 = errors;
    let valid7 = false;
    const _errs18 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Action === void 0) {
        const err8 = { instancePath, schemaPath: "#/$defs/actionElement/anyOf/0/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property 'Action'", schema: schema34.anyOf[0].required, parentSchema: schema34.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid2 = _errs18 === errors;
    valid7 = valid7 || _valid2;
    const _errs19 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotAction === void 0) {
        const err9 = { instancePath, schemaPath: "#/$defs/actionElement/anyOf/1/required", keyword: "required", params: { missingProperty: "NotAction" }, message: "must have required property 'NotAction'", schema: schema34.anyOf[1].required, parentSchema: schema34.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    var _valid2 = _errs19 === errors;
    valid7 = valid7 || _valid2;
    if (!valid7) {
      const err10 = { instancePath, schemaPath: "#/$defs/actionElement/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.anyOf, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    } else {
      errors = _errs17;
      if (vErrors !== null) {
        if (_errs17) {
          vErrors.length = _errs17;
        } else {
          vErrors = null;
        }
      }
    }
    const _errs22 = errors;
    const _errs23 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.Resource === void 0 && (missing2 = "Resource") || data.NotResource === void 0 && (missing2 = "NotResource")) {
        const err11 = {};
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    var valid9 = _errs23 === errors;
    if (valid9) {
      const err12 = { instancePath, schemaPath: "#/$defs/resourceElement/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema35.not, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    } else {
      errors = _errs22;
      if (vErrors !== null) {
        if (_errs22) {
          vErrors.length = _errs22;
        } else {
          vErrors = null;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err13 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema32.if, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Effect === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.Sid !== void 0) {
      let data0 = data.Sid;
      if (typeof data0 !== "string") {
        const err16 = { instancePath: instancePath + "/Sid", schemaPath: "#/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.Sid.type, parentSchema: schema32.properties.Sid, data: data0 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.Effect !== void 0) {
      let data1 = data.Effect;
      if (!(data1 === "Allow" || data1 === "Deny")) {
        const err17 = { instancePath: instancePath + "/Effect", schemaPath: "#/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema32.properties.Effect.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.Effect.enum, parentSchema: schema32.properties.Effect, data: data1 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.Principal !== void 0) {
      if (!validate22(data.Principal, { instancePath: instancePath + "/Principal", parentData: data, parentDataProperty: "Principal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.NotPrincipal !== void 0) {
      if (!validate22(data.NotPrincipal, { instancePath: instancePath + "/NotPrincipal", parentData: data, parentDataProperty: "NotPrincipal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.Action !== void 0) {
      if (!validate25(data.Action, { instancePath: instancePath + "/Action", parentData: data, parentDataProperty: "Action", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.NotAction !== void 0) {
      if (!validate25(data.NotAction, { instancePath: instancePath + "/NotAction", parentData: data, parentDataProperty: "NotAction", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.Resource !== void 0) {
      let data6 = data.Resource;
      const _errs34 = errors;
      let valid12 = true;
      const _errs35 = errors;
      if (!Array.isArray(data6)) {
        const err18 = {};
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid3 = _errs35 === errors;
      errors = _errs34;
      if (vErrors !== null) {
        if (_errs34) {
          vErrors.length = _errs34;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid3) {
        const _errs37 = errors;
        if (Array.isArray(data6)) {
          if (data6.length < 1) {
            const err19 = { instancePath: instancePath + "/Resource", schemaPath: "#/$defs/stringList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          const len0 = data6.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data7 = data6[i0];
            if (typeof data7 !== "string") {
              const err20 = { instancePath: instancePath + "/Resource/" + i0, schemaPath: "#/$defs/stringList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        } else {
          const err21 = { instancePath: instancePath + "/Resource", schemaPath: "#/$defs/stringList/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.then.type, parentSchema: schema37.then, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        var _valid3 = _errs37 === errors;
        valid12 = _valid3;
        ifClause0 = "then";
      } else {
        const _errs41 = errors;
        if (typeof data6 !== "string") {
          const err22 = { instancePath: instancePath + "/Resource", schemaPath: "#/$defs/stringList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid3 = _errs41 === errors;
        valid12 = _valid3;
        ifClause0 = "else";
      }
      if (!valid12) {
        const err23 = { instancePath: instancePath + "/Resource", schemaPath: "#/$defs/stringList/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema37.if, parentSchema: schema37, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.NotResource !== void 0) {
      let data8 = data.NotResource;
      const _errs45 = errors;
      let valid16 = true;
      const _errs46 = errors;
      if (!Array.isArray(data8)) {
        const err24 = {};
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid4 = _errs46 === errors;
      errors = _errs45;
      if (vErrors !== null) {
        if (_errs45) {
          vErrors.length = _errs45;
        } else {
          vErrors = null;
        }
      }
      let ifClause1;
      if (_valid4) {
        const _errs48 = errors;
        if (Array.isArray(data8)) {
          if (data8.length < 1) {
            const err25 = { instancePath: instancePath + "/NotResource", schemaPath: "#/$defs/stringList/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.then, data: data8 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          const len1 = data8.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data9 = data8[i1];
            if (typeof data9 !== "string") {
              const err26 = { instancePath: instancePath + "/NotResource/" + i1, schemaPath: "#/$defs/stringList/then/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.then.items.type, parentSchema: schema37.then.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        } else {
          const err27 = { instancePath: instancePath + "/NotResource", schemaPath: "#/$defs/stringList/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.then.type, parentSchema: schema37.then, data: data8 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        var _valid4 = _errs48 === errors;
        valid16 = _valid4;
        ifClause1 = "then";
      } else {
        const _errs52 = errors;
        if (typeof data8 !== "string") {
          const err28 = { instancePath: instancePath + "/NotResource", schemaPath: "#/$defs/stringList/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.else.type, parentSchema: schema37.else, data: data8 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        var _valid4 = _errs52 === errors;
        valid16 = _valid4;
        ifClause1 = "else";
      }
      if (!valid16) {
        const err29 = { instancePath: instancePath + "/NotResource", schemaPath: "#/$defs/stringList/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema37.if, parentSchema: schema37, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.Condition !== void 0) {
      if (!validate28(data.Condition, { instancePath: instancePath + "/Condition", parentData: data, parentDataProperty: "Condition", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Statement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Version" || key0 === "Id" || key0 === "Statement")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data0 = data.Version;
      if (!(data0 === "2012-10-17" || data0 === "2008-10-17")) {
        const err2 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/enum", keyword: "enum", params: { allowedValues: schema31.properties.Version.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.Version.enum, parentSchema: schema31.properties.Version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      let data1 = data.Id;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.Id.type, parentSchema: schema31.properties.Id, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.Statement !== void 0) {
      let data2 = data.Statement;
      const _errs6 = errors;
      let valid1 = true;
      const _errs7 = errors;
      if (!Array.isArray(data2)) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      errors = _errs6;
      if (vErrors !== null) {
        if (_errs6) {
          vErrors.length = _errs6;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs9 = errors;
        if (Array.isArray(data2)) {
          if (data2.length < 1) {
            const err5 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.Statement.then, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (!validate21(data2[i0], { instancePath: instancePath + "/Statement/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err6 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.Statement.then.type, parentSchema: schema31.properties.Statement.then, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid1 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs12 = errors;
        if (!validate21(data2, { instancePath: instancePath + "/Statement", parentData: data, parentDataProperty: "Statement", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs12 === errors;
        valid1 = _valid0;
        ifClause0 = "else";
      }
      if (!valid1) {
        const err7 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema31.properties.Statement.if, parentSchema: schema31.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var rule = validate32;
var schema49 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://kmslint.dev/schemas/rule.schema.json", "title": "kmslint rule", "description": "One rule per file, rules/<id>.yaml. Predicates are a closed set evaluated by the engine; rules cannot run code.", "type": "object", "additionalProperties": false, "required": ["schema", "id", "title", "severity", "description", "remediation", "references", "scope", "match", "message"], "properties": { "schema": { "const": "kmslint/rule@1", "description": "the rule format version: kmslint/rule@1" }, "id": { "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "maxLength": 64, "description": "a kebab-case id such as encrypt-to-wildcard-principal" }, "title": { "type": "string", "minLength": 1, "maxLength": 120 }, "severity": { "enum": ["critical", "high", "medium", "low", "info"] }, "description": { "type": "string", "minLength": 1 }, "remediation": { "type": "string", "minLength": 1 }, "references": { "type": "array", "minItems": 1, "items": { "type": "string", "format": "uri", "description": "an absolute URL" } }, "mitre": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["technique"], "properties": { "tactic": { "type": "string", "pattern": "^TA[0-9]{4}$", "description": "a MITRE ATT&CK tactic id such as TA0040" }, "technique": { "type": "string", "pattern": "^T[0-9]{4}(\\.[0-9]{3})?$", "description": "a MITRE ATT&CK technique id such as T1486" } } } }, "risk": { "type": "object", "additionalProperties": false, "required": ["impact", "confidence"], "properties": { "impact": { "type": "integer", "minimum": 0, "maximum": 100 }, "confidence": { "type": "integer", "minimum": 0, "maximum": 100 }, "score": { "type": "integer", "minimum": 0, "maximum": 100 } } }, "tags": { "type": "array", "items": { "type": "string" } }, "sources": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["policy", "cloudformation", "terraform", "cloudtrail"] } }, "scope": { "enum": ["statement", "policy", "issue", "event"] }, "mitigation": { "enum": ["report", "drop", "ignore"] }, "status": { "enum": ["stable", "experimental", "deprecated"] }, "match": { "$ref": "#/$defs/expr" }, "message": { "type": "string", "minLength": 1 }, "tests": { "type": "array", "items": { "$ref": "#/$defs/testCase" } } }, "$defs": { "expr": { "type": "object", "minProperties": 1, "additionalProperties": false, "description": "an expression: exactly one predicate (all, any, not, effect, actions, \u2026)", "properties": { "all": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/expr" } }, "any": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/expr" } }, "not": { "$ref": "#/$defs/expr" }, "effect": { "enum": ["Allow", "Deny"] }, "actions": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "anyOf": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/actionPattern" } }, "allOf": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/actionPattern" } }, "capability": { "enum": ["encrypt", "decrypt", "admin", "escalation", "read-only"] }, "coversAll": { "const": true }, "includeEscalation": { "type": "boolean" }, "keyUsage": { "enum": ["auto", "any"] } } }, "principal": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "wildcard": { "const": true }, "class": { "type": "array", "minItems": 1, "items": { "enum": ["public", "account-self", "account-external", "identity-self", "identity-external", "service", "federated", "canonical", "dangling-id", "unresolved", "invalid"] } }, "accountRoot": { "enum": ["self", "any"] }, "element": { "enum": ["Principal", "NotPrincipal"] } } }, "exposure": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["public", "network", "cross-account", "account", "unknown"] } }, "conditions": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "none": { "const": true }, "hasKey": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "clause": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "operator": { "type": "string" }, "key": { "type": "string" }, "values": { "type": "array", "minItems": 1, "items": { "type": "string" } } } } } }, "effective": { "type": "boolean" }, "element": { "type": "object", "additionalProperties": false, "required": ["name", "present"], "properties": { "name": { "enum": ["Sid", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"] }, "present": { "type": "boolean" } } }, "neutralized": { "type": "boolean" }, "someStatement": { "$ref": "#/$defs/expr" }, "noStatement": { "$ref": "#/$defs/expr" }, "everyStatement": { "$ref": "#/$defs/expr" }, "sizeBytes": { "$ref": "#/$defs/numberTest" }, "version": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "in": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "notIn": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "missing": { "enum": ["match", "nomatch"] } } }, "issue": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["grammar", "duplicate-key", "invalid-effect", "missing-principal", "missing-action", "wildcard-in-principal", "unsupported-version", "missing-version", "unknown-action", "duplicate-sid", "dangling-principal", "noncanonical-operator", "wildcard-without-like-operator", "policy-too-large"] } }, "policyUnknown": { "type": "boolean" }, "key": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "bypassLockoutSafetyCheck": { "type": "boolean" }, "keyUsage": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "keySpec": { "type": "array", "minItems": 1, "items": { "type": "string" } } } }, "event": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "source": { "type": "string" }, "name": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "succeeded": { "type": "boolean" } } }, "actor": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "mfa": { "type": "array", "minItems": 1, "items": { "enum": [true, false, "true", "false", "none", "unknown"] } }, "type": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "viaService": { "type": "boolean" } } }, "policy": { "$ref": "#/$defs/expr" }, "rule": { "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, "field": { "type": "string", "minLength": 1, "description": "a dotted path such as event.requestParameters.keySpec or key.keyUsage" }, "equals": {}, "notEquals": {}, "in": { "type": "array" }, "notIn": { "type": "array" }, "like": { "type": "string", "description": "a glob: * matches any run of characters, ? one character" }, "exists": { "type": "boolean" }, "gt": { "type": "number" }, "gte": { "type": "number" }, "lt": { "type": "number" }, "lte": { "type": "number" }, "ignoreCase": { "type": "boolean" }, "missing": { "enum": ["match", "nomatch"] } } }, "actionPattern": { "type": "string", "pattern": "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$", "description": "an action pattern such as kms:Encrypt or kms:Generate*" }, "numberTest": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "gt": { "type": "number" }, "gte": { "type": "number" }, "lt": { "type": "number" }, "lte": { "type": "number" } } }, "testConfig": { "type": "object", "additionalProperties": false, "properties": { "ownerAccount": { "type": "string", "pattern": "^[0-9]{12}$" }, "trustedAccounts": { "type": "array", "items": { "type": "string", "pattern": "^[0-9]{12}$" } }, "trustedOrgs": { "type": "array", "items": { "type": "string", "pattern": "^o-[a-z0-9]{10,32}$" } }, "attempts": { "enum": ["report", "ignore"] }, "ifExistsAlwaysPresent": { "type": "boolean" } } }, "testCase": { "type": "object", "additionalProperties": false, "required": ["name", "expect"], "description": "a test case needs a name, an expect, and exactly one of input or file", "properties": { "name": { "type": "string", "minLength": 1 }, "source": { "enum": ["policy", "cloudformation", "terraform", "cloudtrail"] }, "input": {}, "file": { "type": "string" }, "config": { "$ref": "#/$defs/testConfig" }, "expect": { "if": { "type": "string" }, "then": { "enum": ["violation", "mitigated", "suppressed", "unknown", "attempt", "pass", "skip"] }, "else": { "type": "object", "additionalProperties": false, "required": ["result"], "properties": { "result": { "enum": ["violation", "mitigated", "suppressed", "unknown", "attempt", "pass", "skip"] }, "count": { "type": "integer", "minimum": 0 }, "sids": { "type": "array", "items": { "type": "string" } }, "statementIndexes": { "type": "array", "items": { "type": "integer", "minimum": 0 } }, "messageContains": { "type": "string" } } } } }, "oneOf": [{ "required": ["input"] }, { "required": ["file"] }] } } };
var func3 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern6 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
var pattern7 = new RegExp("^TA[0-9]{4}$", "u");
var pattern8 = new RegExp("^T[0-9]{4}(\\.[0-9]{3})?$", "u");
var formats0 = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
var schema50 = { "type": "object", "minProperties": 1, "additionalProperties": false, "description": "an expression: exactly one predicate (all, any, not, effect, actions, \u2026)", "properties": { "all": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/expr" } }, "any": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/expr" } }, "not": { "$ref": "#/$defs/expr" }, "effect": { "enum": ["Allow", "Deny"] }, "actions": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "anyOf": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/actionPattern" } }, "allOf": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/actionPattern" } }, "capability": { "enum": ["encrypt", "decrypt", "admin", "escalation", "read-only"] }, "coversAll": { "const": true }, "includeEscalation": { "type": "boolean" }, "keyUsage": { "enum": ["auto", "any"] } } }, "principal": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "wildcard": { "const": true }, "class": { "type": "array", "minItems": 1, "items": { "enum": ["public", "account-self", "account-external", "identity-self", "identity-external", "service", "federated", "canonical", "dangling-id", "unresolved", "invalid"] } }, "accountRoot": { "enum": ["self", "any"] }, "element": { "enum": ["Principal", "NotPrincipal"] } } }, "exposure": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["public", "network", "cross-account", "account", "unknown"] } }, "conditions": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "none": { "const": true }, "hasKey": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "clause": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "operator": { "type": "string" }, "key": { "type": "string" }, "values": { "type": "array", "minItems": 1, "items": { "type": "string" } } } } } }, "effective": { "type": "boolean" }, "element": { "type": "object", "additionalProperties": false, "required": ["name", "present"], "properties": { "name": { "enum": ["Sid", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"] }, "present": { "type": "boolean" } } }, "neutralized": { "type": "boolean" }, "someStatement": { "$ref": "#/$defs/expr" }, "noStatement": { "$ref": "#/$defs/expr" }, "everyStatement": { "$ref": "#/$defs/expr" }, "sizeBytes": { "$ref": "#/$defs/numberTest" }, "version": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "in": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "notIn": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "missing": { "enum": ["match", "nomatch"] } } }, "issue": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["grammar", "duplicate-key", "invalid-effect", "missing-principal", "missing-action", "wildcard-in-principal", "unsupported-version", "missing-version", "unknown-action", "duplicate-sid", "dangling-principal", "noncanonical-operator", "wildcard-without-like-operator", "policy-too-large"] } }, "policyUnknown": { "type": "boolean" }, "key": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "bypassLockoutSafetyCheck": { "type": "boolean" }, "keyUsage": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "keySpec": { "type": "array", "minItems": 1, "items": { "type": "string" } } } }, "event": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "source": { "type": "string" }, "name": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "succeeded": { "type": "boolean" } } }, "actor": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "mfa": { "type": "array", "minItems": 1, "items": { "enum": [true, false, "true", "false", "none", "unknown"] } }, "type": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "viaService": { "type": "boolean" } } }, "policy": { "$ref": "#/$defs/expr" }, "rule": { "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, "field": { "type": "string", "minLength": 1, "description": "a dotted path such as event.requestParameters.keySpec or key.keyUsage" }, "equals": {}, "notEquals": {}, "in": { "type": "array" }, "notIn": { "type": "array" }, "like": { "type": "string", "description": "a glob: * matches any run of characters, ? one character" }, "exists": { "type": "boolean" }, "gt": { "type": "number" }, "gte": { "type": "number" }, "lt": { "type": "number" }, "lte": { "type": "number" }, "ignoreCase": { "type": "boolean" }, "missing": { "enum": ["match", "nomatch"] } } };
var schema51 = { "type": "string", "pattern": "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$", "description": "an action pattern such as kms:Encrypt or kms:Generate*" };
var schema53 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "gt": { "type": "number" }, "gte": { "type": "number" }, "lt": { "type": "number" }, "lte": { "type": "number" } } };
var wrapper0 = { validate: validate33 };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema50.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.all !== void 0) {
      let data0 = data.all;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.all, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!wrapper0.validate(data0[i0], { instancePath: instancePath + "/all/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.all.type, parentSchema: schema50.properties.all, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.any !== void 0) {
      let data2 = data.any;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err4 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.any, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!wrapper0.validate(data2[i1], { instancePath: instancePath + "/any/" + i1, parentData: data2, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.any.type, parentSchema: schema50.properties.any, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.not !== void 0) {
      if (!wrapper0.validate(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
    }
    if (data.effect !== void 0) {
      let data5 = data.effect;
      if (!(data5 === "Allow" || data5 === "Deny")) {
        const err6 = { instancePath: instancePath + "/effect", schemaPath: "#/properties/effect/enum", keyword: "enum", params: { allowedValues: schema50.properties.effect.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.effect.enum, parentSchema: schema50.properties.effect, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      let data6 = data.actions;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length < 1) {
          const err7 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema50.properties.actions, data: data6 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "anyOf" || key1 === "allOf" || key1 === "capability" || key1 === "coversAll" || key1 === "includeEscalation" || key1 === "keyUsage")) {
            const err8 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.actions, data: data6 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data6.anyOf !== void 0) {
          let data7 = data6.anyOf;
          if (Array.isArray(data7)) {
            if (data7.length < 1) {
              const err9 = { instancePath: instancePath + "/actions/anyOf", schemaPath: "#/properties/actions/properties/anyOf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.actions.properties.anyOf, data: data7 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data8 = data7[i2];
              if (typeof data8 === "string") {
                if (!pattern4.test(data8)) {
                  const err10 = { instancePath: instancePath + "/actions/anyOf/" + i2, schemaPath: "#/$defs/actionPattern/pattern", keyword: "pattern", params: { pattern: "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$" }, message: 'must match pattern "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$"', schema: "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$", parentSchema: schema51, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/actions/anyOf/" + i2, schemaPath: "#/$defs/actionPattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data: data8 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/actions/anyOf", schemaPath: "#/properties/actions/properties/anyOf/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.actions.properties.anyOf.type, parentSchema: schema50.properties.actions.properties.anyOf, data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.allOf !== void 0) {
          let data9 = data6.allOf;
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              const err13 = { instancePath: instancePath + "/actions/allOf", schemaPath: "#/properties/actions/properties/allOf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.actions.properties.allOf, data: data9 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len3 = data9.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data10 = data9[i3];
              if (typeof data10 === "string") {
                if (!pattern4.test(data10)) {
                  const err14 = { instancePath: instancePath + "/actions/allOf/" + i3, schemaPath: "#/$defs/actionPattern/pattern", keyword: "pattern", params: { pattern: "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$" }, message: 'must match pattern "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$"', schema: "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$", parentSchema: schema51, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/actions/allOf/" + i3, schemaPath: "#/$defs/actionPattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data: data10 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/actions/allOf", schemaPath: "#/properties/actions/properties/allOf/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.actions.properties.allOf.type, parentSchema: schema50.properties.actions.properties.allOf, data: data9 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.capability !== void 0) {
          let data11 = data6.capability;
          if (!(data11 === "encrypt" || data11 === "decrypt" || data11 === "admin" || data11 === "escalation" || data11 === "read-only")) {
            const err17 = { instancePath: instancePath + "/actions/capability", schemaPath: "#/properties/actions/properties/capability/enum", keyword: "enum", params: { allowedValues: schema50.properties.actions.properties.capability.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.actions.properties.capability.enum, parentSchema: schema50.properties.actions.properties.capability, data: data11 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.coversAll !== void 0) {
          let data12 = data6.coversAll;
          if (true !== data12) {
            const err18 = { instancePath: instancePath + "/actions/coversAll", schemaPath: "#/properties/actions/properties/coversAll/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema50.properties.actions.properties.coversAll, data: data12 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.includeEscalation !== void 0) {
          let data13 = data6.includeEscalation;
          if (typeof data13 !== "boolean") {
            const err19 = { instancePath: instancePath + "/actions/includeEscalation", schemaPath: "#/properties/actions/properties/includeEscalation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.actions.properties.includeEscalation.type, parentSchema: schema50.properties.actions.properties.includeEscalation, data: data13 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.keyUsage !== void 0) {
          let data14 = data6.keyUsage;
          if (!(data14 === "auto" || data14 === "any")) {
            const err20 = { instancePath: instancePath + "/actions/keyUsage", schemaPath: "#/properties/actions/properties/keyUsage/enum", keyword: "enum", params: { allowedValues: schema50.properties.actions.properties.keyUsage.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.actions.properties.keyUsage.enum, parentSchema: schema50.properties.actions.properties.keyUsage, data: data14 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.actions.type, parentSchema: schema50.properties.actions, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.principal !== void 0) {
      let data15 = data.principal;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (Object.keys(data15).length < 1) {
          const err22 = { instancePath: instancePath + "/principal", schemaPath: "#/properties/principal/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema50.properties.principal, data: data15 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key2 in data15) {
          if (!(key2 === "wildcard" || key2 === "class" || key2 === "accountRoot" || key2 === "element")) {
            const err23 = { instancePath: instancePath + "/principal", schemaPath: "#/properties/principal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.principal, data: data15 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data15.wildcard !== void 0) {
          let data16 = data15.wildcard;
          if (true !== data16) {
            const err24 = { instancePath: instancePath + "/principal/wildcard", schemaPath: "#/properties/principal/properties/wildcard/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema50.properties.principal.properties.wildcard, data: data16 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data15.class !== void 0) {
          let data17 = data15.class;
          if (Array.isArray(data17)) {
            if (data17.length < 1) {
              const err25 = { instancePath: instancePath + "/principal/class", schemaPath: "#/properties/principal/properties/class/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.principal.properties.class, data: data17 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            const len4 = data17.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data18 = data17[i4];
              if (!(data18 === "public" || data18 === "account-self" || data18 === "account-external" || data18 === "identity-self" || data18 === "identity-external" || data18 === "service" || data18 === "federated" || data18 === "canonical" || data18 === "dangling-id" || data18 === "unresolved" || data18 === "invalid")) {
                const err26 = { instancePath: instancePath + "/principal/class/" + i4, schemaPath: "#/properties/principal/properties/class/items/enum", keyword: "enum", params: { allowedValues: schema50.properties.principal.properties.class.items.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.principal.properties.class.items.enum, parentSchema: schema50.properties.principal.properties.class.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/principal/class", schemaPath: "#/properties/principal/properties/class/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.principal.properties.class.type, parentSchema: schema50.properties.principal.properties.class, data: data17 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data15.accountRoot !== void 0) {
          let data19 = data15.accountRoot;
          if (!(data19 === "self" || data19 === "any")) {
            const err28 = { instancePath: instancePath + "/principal/accountRoot", schemaPath: "#/properties/principal/properties/accountRoot/enum", keyword: "enum", params: { allowedValues: schema50.properties.principal.properties.accountRoot.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.principal.properties.accountRoot.enum, parentSchema: schema50.properties.principal.properties.accountRoot, data: data19 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data15.element !== void 0) {
          let data20 = data15.element;
          if (!(data20 === "Principal" || data20 === "NotPrincipal")) {
            const err29 = { instancePath: instancePath + "/principal/element", schemaPath: "#/properties/principal/properties/element/enum", keyword: "enum", params: { allowedValues: schema50.properties.principal.properties.element.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.principal.properties.element.enum, parentSchema: schema50.properties.principal.properties.element, data: data20 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/principal", schemaPath: "#/properties/principal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.principal.type, parentSchema: schema50.properties.principal, data: data15 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.exposure !== void 0) {
      let data21 = data.exposure;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err31 = { instancePath: instancePath + "/exposure", schemaPath: "#/properties/exposure/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.exposure, data: data21 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        const len5 = data21.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data22 = data21[i5];
          if (!(data22 === "public" || data22 === "network" || data22 === "cross-account" || data22 === "account" || data22 === "unknown")) {
            const err32 = { instancePath: instancePath + "/exposure/" + i5, schemaPath: "#/properties/exposure/items/enum", keyword: "enum", params: { allowedValues: schema50.properties.exposure.items.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.exposure.items.enum, parentSchema: schema50.properties.exposure.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        let i6 = data21.length;
        let j0;
        if (i6 > 1) {
          outer0: for (; i6--; ) {
            for (j0 = i6; j0--; ) {
              if (func0(data21[i6], data21[j0])) {
                const err33 = { instancePath: instancePath + "/exposure", schemaPath: "#/properties/exposure/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i6 + " are identical)", schema: true, parentSchema: schema50.properties.exposure, data: data21 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/exposure", schemaPath: "#/properties/exposure/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.exposure.type, parentSchema: schema50.properties.exposure, data: data21 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.conditions !== void 0) {
      let data23 = data.conditions;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (Object.keys(data23).length > 1) {
          const err35 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema50.properties.conditions, data: data23 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (Object.keys(data23).length < 1) {
          const err36 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema50.properties.conditions, data: data23 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key3 in data23) {
          if (!(key3 === "none" || key3 === "hasKey" || key3 === "clause")) {
            const err37 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.conditions, data: data23 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data23.none !== void 0) {
          let data24 = data23.none;
          if (true !== data24) {
            const err38 = { instancePath: instancePath + "/conditions/none", schemaPath: "#/properties/conditions/properties/none/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema50.properties.conditions.properties.none, data: data24 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data23.hasKey !== void 0) {
          let data25 = data23.hasKey;
          if (Array.isArray(data25)) {
            if (data25.length < 1) {
              const err39 = { instancePath: instancePath + "/conditions/hasKey", schemaPath: "#/properties/conditions/properties/hasKey/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.conditions.properties.hasKey, data: data25 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            const len6 = data25.length;
            for (let i7 = 0; i7 < len6; i7++) {
              let data26 = data25[i7];
              if (typeof data26 !== "string") {
                const err40 = { instancePath: instancePath + "/conditions/hasKey/" + i7, schemaPath: "#/properties/conditions/properties/hasKey/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.conditions.properties.hasKey.items.type, parentSchema: schema50.properties.conditions.properties.hasKey.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/conditions/hasKey", schemaPath: "#/properties/conditions/properties/hasKey/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.conditions.properties.hasKey.type, parentSchema: schema50.properties.conditions.properties.hasKey, data: data25 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data23.clause !== void 0) {
          let data27 = data23.clause;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.key === void 0) {
              const err42 = { instancePath: instancePath + "/conditions/clause", schemaPath: "#/properties/conditions/properties/clause/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema50.properties.conditions.properties.clause.required, parentSchema: schema50.properties.conditions.properties.clause, data: data27 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            for (const key4 in data27) {
              if (!(key4 === "operator" || key4 === "key" || key4 === "values")) {
                const err43 = { instancePath: instancePath + "/conditions/clause", schemaPath: "#/properties/conditions/properties/clause/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.conditions.properties.clause, data: data27 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data27.operator !== void 0) {
              let data28 = data27.operator;
              if (typeof data28 !== "string") {
                const err44 = { instancePath: instancePath + "/conditions/clause/operator", schemaPath: "#/properties/conditions/properties/clause/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.conditions.properties.clause.properties.operator.type, parentSchema: schema50.properties.conditions.properties.clause.properties.operator, data: data28 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data27.key !== void 0) {
              let data29 = data27.key;
              if (typeof data29 !== "string") {
                const err45 = { instancePath: instancePath + "/conditions/clause/key", schemaPath: "#/properties/conditions/properties/clause/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.conditions.properties.clause.properties.key.type, parentSchema: schema50.properties.conditions.properties.clause.properties.key, data: data29 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data27.values !== void 0) {
              let data30 = data27.values;
              if (Array.isArray(data30)) {
                if (data30.length < 1) {
                  const err46 = { instancePath: instancePath + "/conditions/clause/values", schemaPath: "#/properties/conditions/properties/clause/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.conditions.properties.clause.properties.values, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                const len7 = data30.length;
                for (let i8 = 0; i8 < len7; i8++) {
                  let data31 = data30[i8];
                  if (typeof data31 !== "string") {
                    const err47 = { instancePath: instancePath + "/conditions/clause/values/" + i8, schemaPath: "#/properties/conditions/properties/clause/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.conditions.properties.clause.properties.values.items.type, parentSchema: schema50.properties.conditions.properties.clause.properties.values.items, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/conditions/clause/values", schemaPath: "#/properties/conditions/properties/clause/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.conditions.properties.clause.properties.values.type, parentSchema: schema50.properties.conditions.properties.clause.properties.values, data: data30 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/conditions/clause", schemaPath: "#/properties/conditions/properties/clause/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.conditions.properties.clause.type, parentSchema: schema50.properties.conditions.properties.clause, data: data27 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.conditions.type, parentSchema: schema50.properties.conditions, data: data23 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.effective !== void 0) {
      let data32 = data.effective;
      if (typeof data32 !== "boolean") {
        const err51 = { instancePath: instancePath + "/effective", schemaPath: "#/properties/effective/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.effective.type, parentSchema: schema50.properties.effective, data: data32 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.element !== void 0) {
      let data33 = data.element;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        if (data33.name === void 0) {
          const err52 = { instancePath: instancePath + "/element", schemaPath: "#/properties/element/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema50.properties.element.required, parentSchema: schema50.properties.element, data: data33 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data33.present === void 0) {
          const err53 = { instancePath: instancePath + "/element", schemaPath: "#/properties/element/required", keyword: "required", params: { missingProperty: "present" }, message: "must have required property 'present'", schema: schema50.properties.element.required, parentSchema: schema50.properties.element, data: data33 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        for (const key5 in data33) {
          if (!(key5 === "name" || key5 === "present")) {
            const err54 = { instancePath: instancePath + "/element", schemaPath: "#/properties/element/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.element, data: data33 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data33.name !== void 0) {
          let data34 = data33.name;
          if (!(data34 === "Sid" || data34 === "Principal" || data34 === "NotPrincipal" || data34 === "Action" || data34 === "NotAction" || data34 === "Resource" || data34 === "NotResource" || data34 === "Condition")) {
            const err55 = { instancePath: instancePath + "/element/name", schemaPath: "#/properties/element/properties/name/enum", keyword: "enum", params: { allowedValues: schema50.properties.element.properties.name.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.element.properties.name.enum, parentSchema: schema50.properties.element.properties.name, data: data34 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data33.present !== void 0) {
          let data35 = data33.present;
          if (typeof data35 !== "boolean") {
            const err56 = { instancePath: instancePath + "/element/present", schemaPath: "#/properties/element/properties/present/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.element.properties.present.type, parentSchema: schema50.properties.element.properties.present, data: data35 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/element", schemaPath: "#/properties/element/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.element.type, parentSchema: schema50.properties.element, data: data33 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.neutralized !== void 0) {
      let data36 = data.neutralized;
      if (typeof data36 !== "boolean") {
        const err58 = { instancePath: instancePath + "/neutralized", schemaPath: "#/properties/neutralized/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.neutralized.type, parentSchema: schema50.properties.neutralized, data: data36 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.someStatement !== void 0) {
      if (!wrapper0.validate(data.someStatement, { instancePath: instancePath + "/someStatement", parentData: data, parentDataProperty: "someStatement", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
    }
    if (data.noStatement !== void 0) {
      if (!wrapper0.validate(data.noStatement, { instancePath: instancePath + "/noStatement", parentData: data, parentDataProperty: "noStatement", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
    }
    if (data.everyStatement !== void 0) {
      if (!wrapper0.validate(data.everyStatement, { instancePath: instancePath + "/everyStatement", parentData: data, parentDataProperty: "everyStatement", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
    }
    if (data.sizeBytes !== void 0) {
      let data40 = data.sizeBytes;
      if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
        if (Object.keys(data40).length < 1) {
          const err59 = { instancePath: instancePath + "/sizeBytes", schemaPath: "#/$defs/numberTest/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema53, data: data40 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        for (const key6 in data40) {
          if (!(key6 === "gt" || key6 === "gte" || key6 === "lt" || key6 === "lte")) {
            const err60 = { instancePath: instancePath + "/sizeBytes", schemaPath: "#/$defs/numberTest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data: data40 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data40.gt !== void 0) {
          let data41 = data40.gt;
          if (!(typeof data41 == "number" && isFinite(data41))) {
            const err61 = { instancePath: instancePath + "/sizeBytes/gt", schemaPath: "#/$defs/numberTest/properties/gt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema53.properties.gt.type, parentSchema: schema53.properties.gt, data: data41 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data40.gte !== void 0) {
          let data42 = data40.gte;
          if (!(typeof data42 == "number" && isFinite(data42))) {
            const err62 = { instancePath: instancePath + "/sizeBytes/gte", schemaPath: "#/$defs/numberTest/properties/gte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema53.properties.gte.type, parentSchema: schema53.properties.gte, data: data42 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data40.lt !== void 0) {
          let data43 = data40.lt;
          if (!(typeof data43 == "number" && isFinite(data43))) {
            const err63 = { instancePath: instancePath + "/sizeBytes/lt", schemaPath: "#/$defs/numberTest/properties/lt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema53.properties.lt.type, parentSchema: schema53.properties.lt, data: data43 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data40.lte !== void 0) {
          let data44 = data40.lte;
          if (!(typeof data44 == "number" && isFinite(data44))) {
            const err64 = { instancePath: instancePath + "/sizeBytes/lte", schemaPath: "#/$defs/numberTest/properties/lte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema53.properties.lte.type, parentSchema: schema53.properties.lte, data: data44 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/sizeBytes", schemaPath: "#/$defs/numberTest/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data: data40 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data45 = data.version;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        if (Object.keys(data45).length < 1) {
          const err66 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema50.properties.version, data: data45 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        for (const key7 in data45) {
          if (!(key7 === "in" || key7 === "notIn" || key7 === "missing")) {
            const err67 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.version, data: data45 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data45.in !== void 0) {
          let data46 = data45.in;
          if (Array.isArray(data46)) {
            if (data46.length < 1) {
              const err68 = { instancePath: instancePath + "/version/in", schemaPath: "#/properties/version/properties/in/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.version.properties.in, data: data46 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            const len8 = data46.length;
            for (let i9 = 0; i9 < len8; i9++) {
              let data47 = data46[i9];
              if (typeof data47 !== "string") {
                const err69 = { instancePath: instancePath + "/version/in/" + i9, schemaPath: "#/properties/version/properties/in/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.version.properties.in.items.type, parentSchema: schema50.properties.version.properties.in.items, data: data47 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/version/in", schemaPath: "#/properties/version/properties/in/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.version.properties.in.type, parentSchema: schema50.properties.version.properties.in, data: data46 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data45.notIn !== void 0) {
          let data48 = data45.notIn;
          if (Array.isArray(data48)) {
            if (data48.length < 1) {
              const err71 = { instancePath: instancePath + "/version/notIn", schemaPath: "#/properties/version/properties/notIn/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.version.properties.notIn, data: data48 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            const len9 = data48.length;
            for (let i10 = 0; i10 < len9; i10++) {
              let data49 = data48[i10];
              if (typeof data49 !== "string") {
                const err72 = { instancePath: instancePath + "/version/notIn/" + i10, schemaPath: "#/properties/version/properties/notIn/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.version.properties.notIn.items.type, parentSchema: schema50.properties.version.properties.notIn.items, data: data49 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/version/notIn", schemaPath: "#/properties/version/properties/notIn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.version.properties.notIn.type, parentSchema: schema50.properties.version.properties.notIn, data: data48 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data45.missing !== void 0) {
          let data50 = data45.missing;
          if (!(data50 === "match" || data50 === "nomatch")) {
            const err74 = { instancePath: instancePath + "/version/missing", schemaPath: "#/properties/version/properties/missing/enum", keyword: "enum", params: { allowedValues: schema50.properties.version.properties.missing.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.version.properties.missing.enum, parentSchema: schema50.properties.version.properties.missing, data: data50 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.version.type, parentSchema: schema50.properties.version, data: data45 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      let data51 = data.issue;
      if (Array.isArray(data51)) {
        if (data51.length < 1) {
          const err76 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.issue, data: data51 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        const len10 = data51.length;
        for (let i11 = 0; i11 < len10; i11++) {
          let data52 = data51[i11];
          if (!(data52 === "grammar" || data52 === "duplicate-key" || data52 === "invalid-effect" || data52 === "missing-principal" || data52 === "missing-action" || data52 === "wildcard-in-principal" || data52 === "unsupported-version" || data52 === "missing-version" || data52 === "unknown-action" || data52 === "duplicate-sid" || data52 === "dangling-principal" || data52 === "noncanonical-operator" || data52 === "wildcard-without-like-operator" || data52 === "policy-too-large")) {
            const err77 = { instancePath: instancePath + "/issue/" + i11, schemaPath: "#/properties/issue/items/enum", keyword: "enum", params: { allowedValues: schema50.properties.issue.items.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.issue.items.enum, parentSchema: schema50.properties.issue.items, data: data52 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        let i12 = data51.length;
        let j1;
        if (i12 > 1) {
          outer1: for (; i12--; ) {
            for (j1 = i12; j1--; ) {
              if (func0(data51[i12], data51[j1])) {
                const err78 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i12 + " are identical)", schema: true, parentSchema: schema50.properties.issue, data: data51 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.issue.type, parentSchema: schema50.properties.issue, data: data51 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.policyUnknown !== void 0) {
      let data53 = data.policyUnknown;
      if (typeof data53 !== "boolean") {
        const err80 = { instancePath: instancePath + "/policyUnknown", schemaPath: "#/properties/policyUnknown/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.policyUnknown.type, parentSchema: schema50.properties.policyUnknown, data: data53 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data54 = data.key;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        if (Object.keys(data54).length < 1) {
          const err81 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema50.properties.key, data: data54 };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
        for (const key8 in data54) {
          if (!(key8 === "bypassLockoutSafetyCheck" || key8 === "keyUsage" || key8 === "keySpec")) {
            const err82 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.key, data: data54 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data54.bypassLockoutSafetyCheck !== void 0) {
          let data55 = data54.bypassLockoutSafetyCheck;
          if (typeof data55 !== "boolean") {
            const err83 = { instancePath: instancePath + "/key/bypassLockoutSafetyCheck", schemaPath: "#/properties/key/properties/bypassLockoutSafetyCheck/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.key.properties.bypassLockoutSafetyCheck.type, parentSchema: schema50.properties.key.properties.bypassLockoutSafetyCheck, data: data55 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data54.keyUsage !== void 0) {
          let data56 = data54.keyUsage;
          if (Array.isArray(data56)) {
            if (data56.length < 1) {
              const err84 = { instancePath: instancePath + "/key/keyUsage", schemaPath: "#/properties/key/properties/keyUsage/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.key.properties.keyUsage, data: data56 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            const len11 = data56.length;
            for (let i13 = 0; i13 < len11; i13++) {
              let data57 = data56[i13];
              if (typeof data57 !== "string") {
                const err85 = { instancePath: instancePath + "/key/keyUsage/" + i13, schemaPath: "#/properties/key/properties/keyUsage/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.key.properties.keyUsage.items.type, parentSchema: schema50.properties.key.properties.keyUsage.items, data: data57 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/key/keyUsage", schemaPath: "#/properties/key/properties/keyUsage/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.key.properties.keyUsage.type, parentSchema: schema50.properties.key.properties.keyUsage, data: data56 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data54.keySpec !== void 0) {
          let data58 = data54.keySpec;
          if (Array.isArray(data58)) {
            if (data58.length < 1) {
              const err87 = { instancePath: instancePath + "/key/keySpec", schemaPath: "#/properties/key/properties/keySpec/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.key.properties.keySpec, data: data58 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            const len12 = data58.length;
            for (let i14 = 0; i14 < len12; i14++) {
              let data59 = data58[i14];
              if (typeof data59 !== "string") {
                const err88 = { instancePath: instancePath + "/key/keySpec/" + i14, schemaPath: "#/properties/key/properties/keySpec/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.key.properties.keySpec.items.type, parentSchema: schema50.properties.key.properties.keySpec.items, data: data59 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/key/keySpec", schemaPath: "#/properties/key/properties/keySpec/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.key.properties.keySpec.type, parentSchema: schema50.properties.key.properties.keySpec, data: data58 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
      } else {
        const err90 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.key.type, parentSchema: schema50.properties.key, data: data54 };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data60 = data.event;
      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
        if (Object.keys(data60).length < 1) {
          const err91 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema50.properties.event, data: data60 };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
        for (const key9 in data60) {
          if (!(key9 === "source" || key9 === "name" || key9 === "succeeded")) {
            const err92 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.event, data: data60 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data60.source !== void 0) {
          let data61 = data60.source;
          if (typeof data61 !== "string") {
            const err93 = { instancePath: instancePath + "/event/source", schemaPath: "#/properties/event/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.event.properties.source.type, parentSchema: schema50.properties.event.properties.source, data: data61 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data60.name !== void 0) {
          let data62 = data60.name;
          if (Array.isArray(data62)) {
            if (data62.length < 1) {
              const err94 = { instancePath: instancePath + "/event/name", schemaPath: "#/properties/event/properties/name/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.event.properties.name, data: data62 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            const len13 = data62.length;
            for (let i15 = 0; i15 < len13; i15++) {
              let data63 = data62[i15];
              if (typeof data63 !== "string") {
                const err95 = { instancePath: instancePath + "/event/name/" + i15, schemaPath: "#/properties/event/properties/name/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.event.properties.name.items.type, parentSchema: schema50.properties.event.properties.name.items, data: data63 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
          } else {
            const err96 = { instancePath: instancePath + "/event/name", schemaPath: "#/properties/event/properties/name/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.event.properties.name.type, parentSchema: schema50.properties.event.properties.name, data: data62 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data60.succeeded !== void 0) {
          let data64 = data60.succeeded;
          if (typeof data64 !== "boolean") {
            const err97 = { instancePath: instancePath + "/event/succeeded", schemaPath: "#/properties/event/properties/succeeded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.event.properties.succeeded.type, parentSchema: schema50.properties.event.properties.succeeded, data: data64 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.event.type, parentSchema: schema50.properties.event, data: data60 };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      let data65 = data.actor;
      if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
        if (Object.keys(data65).length < 1) {
          const err99 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema50.properties.actor, data: data65 };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
        for (const key10 in data65) {
          if (!(key10 === "mfa" || key10 === "type" || key10 === "viaService")) {
            const err100 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.actor, data: data65 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data65.mfa !== void 0) {
          let data66 = data65.mfa;
          if (Array.isArray(data66)) {
            if (data66.length < 1) {
              const err101 = { instancePath: instancePath + "/actor/mfa", schemaPath: "#/properties/actor/properties/mfa/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.actor.properties.mfa, data: data66 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            const len14 = data66.length;
            for (let i16 = 0; i16 < len14; i16++) {
              let data67 = data66[i16];
              if (!(data67 === true || data67 === false || data67 === "true" || data67 === "false" || data67 === "none" || data67 === "unknown")) {
                const err102 = { instancePath: instancePath + "/actor/mfa/" + i16, schemaPath: "#/properties/actor/properties/mfa/items/enum", keyword: "enum", params: { allowedValues: schema50.properties.actor.properties.mfa.items.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.actor.properties.mfa.items.enum, parentSchema: schema50.properties.actor.properties.mfa.items, data: data67 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/actor/mfa", schemaPath: "#/properties/actor/properties/mfa/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.actor.properties.mfa.type, parentSchema: schema50.properties.actor.properties.mfa, data: data66 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data65.type !== void 0) {
          let data68 = data65.type;
          if (Array.isArray(data68)) {
            if (data68.length < 1) {
              const err104 = { instancePath: instancePath + "/actor/type", schemaPath: "#/properties/actor/properties/type/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.actor.properties.type, data: data68 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            const len15 = data68.length;
            for (let i17 = 0; i17 < len15; i17++) {
              let data69 = data68[i17];
              if (typeof data69 !== "string") {
                const err105 = { instancePath: instancePath + "/actor/type/" + i17, schemaPath: "#/properties/actor/properties/type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.actor.properties.type.items.type, parentSchema: schema50.properties.actor.properties.type.items, data: data69 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/actor/type", schemaPath: "#/properties/actor/properties/type/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.actor.properties.type.type, parentSchema: schema50.properties.actor.properties.type, data: data68 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data65.viaService !== void 0) {
          let data70 = data65.viaService;
          if (typeof data70 !== "boolean") {
            const err107 = { instancePath: instancePath + "/actor/viaService", schemaPath: "#/properties/actor/properties/viaService/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.actor.properties.viaService.type, parentSchema: schema50.properties.actor.properties.viaService, data: data70 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
      } else {
        const err108 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.actor.type, parentSchema: schema50.properties.actor, data: data65 };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      if (!wrapper0.validate(data.policy, { instancePath: instancePath + "/policy", parentData: data, parentDataProperty: "policy", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
    }
    if (data.rule !== void 0) {
      let data72 = data.rule;
      if (typeof data72 === "string") {
        if (!pattern6.test(data72)) {
          const err109 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema50.properties.rule, data: data72 };
          if (vErrors === null) {
            vErrors = [err109];
          } else {
            vErrors.push(err109);
          }
          errors++;
        }
      } else {
        const err110 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rule.type, parentSchema: schema50.properties.rule, data: data72 };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
    if (data.field !== void 0) {
      let data73 = data.field;
      if (typeof data73 === "string") {
        if (func3(data73) < 1) {
          const err111 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.field, data: data73 };
          if (vErrors === null) {
            vErrors = [err111];
          } else {
            vErrors.push(err111);
          }
          errors++;
        }
      } else {
        const err112 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.field.type, parentSchema: schema50.properties.field, data: data73 };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data.in !== void 0) {
      let data74 = data.in;
      if (!Array.isArray(data74)) {
        const err113 = { instancePath: instancePath + "/in", schemaPath: "#/properties/in/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.in.type, parentSchema: schema50.properties.in, data: data74 };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data.notIn !== void 0) {
      let data75 = data.notIn;
      if (!Array.isArray(data75)) {
        const err114 = { instancePath: instancePath + "/notIn", schemaPath: "#/properties/notIn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.notIn.type, parentSchema: schema50.properties.notIn, data: data75 };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
    }
    if (data.like !== void 0) {
      let data76 = data.like;
      if (typeof data76 !== "string") {
        const err115 = { instancePath: instancePath + "/like", schemaPath: "#/properties/like/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.like.type, parentSchema: schema50.properties.like, data: data76 };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data.exists !== void 0) {
      let data77 = data.exists;
      if (typeof data77 !== "boolean") {
        const err116 = { instancePath: instancePath + "/exists", schemaPath: "#/properties/exists/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.exists.type, parentSchema: schema50.properties.exists, data: data77 };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data.gt !== void 0) {
      let data78 = data.gt;
      if (!(typeof data78 == "number" && isFinite(data78))) {
        const err117 = { instancePath: instancePath + "/gt", schemaPath: "#/properties/gt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema50.properties.gt.type, parentSchema: schema50.properties.gt, data: data78 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.gte !== void 0) {
      let data79 = data.gte;
      if (!(typeof data79 == "number" && isFinite(data79))) {
        const err118 = { instancePath: instancePath + "/gte", schemaPath: "#/properties/gte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema50.properties.gte.type, parentSchema: schema50.properties.gte, data: data79 };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data.lt !== void 0) {
      let data80 = data.lt;
      if (!(typeof data80 == "number" && isFinite(data80))) {
        const err119 = { instancePath: instancePath + "/lt", schemaPath: "#/properties/lt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema50.properties.lt.type, parentSchema: schema50.properties.lt, data: data80 };
        if (vErrors === null) {
          vErrors = [err119];
        } else {
          vErrors.push(err119);
        }
        errors++;
      }
    }
    if (data.lte !== void 0) {
      let data81 = data.lte;
      if (!(typeof data81 == "number" && isFinite(data81))) {
        const err120 = { instancePath: instancePath + "/lte", schemaPath: "#/properties/lte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema50.properties.lte.type, parentSchema: schema50.properties.lte, data: data81 };
        if (vErrors === null) {
          vErrors = [err120];
        } else {
          vErrors.push(err120);
        }
        errors++;
      }
    }
    if (data.ignoreCase !== void 0) {
      let data82 = data.ignoreCase;
      if (typeof data82 !== "boolean") {
        const err121 = { instancePath: instancePath + "/ignoreCase", schemaPath: "#/properties/ignoreCase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.ignoreCase.type, parentSchema: schema50.properties.ignoreCase, data: data82 };
        if (vErrors === null) {
          vErrors = [err121];
        } else {
          vErrors.push(err121);
        }
        errors++;
      }
    }
    if (data.missing !== void 0) {
      let data83 = data.missing;
      if (!(data83 === "match" || data83 === "nomatch")) {
        const err122 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/enum", keyword: "enum", params: { allowedValues: schema50.properties.missing.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.missing.enum, parentSchema: schema50.properties.missing, data: data83 };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
  } else {
    const err123 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err123];
    } else {
      vErrors.push(err123);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema54 = { "type": "object", "additionalProperties": false, "required": ["name", "expect"], "description": "a test case needs a name, an expect, and exactly one of input or file", "properties": { "name": { "type": "string", "minLength": 1 }, "source": { "enum": ["policy", "cloudformation", "terraform", "cloudtrail"] }, "input": {}, "file": { "type": "string" }, "config": { "$ref": "#/$defs/testConfig" }, "expect": { "if": { "type": "string" }, "then": { "enum": ["violation", "mitigated", "suppressed", "unknown", "attempt", "pass", "skip"] }, "else": { "type": "object", "additionalProperties": false, "required": ["result"], "properties": { "result": { "enum": ["violation", "mitigated", "suppressed", "unknown", "attempt", "pass", "skip"] }, "count": { "type": "integer", "minimum": 0 }, "sids": { "type": "array", "items": { "type": "string" } }, "statementIndexes": { "type": "array", "items": { "type": "integer", "minimum": 0 } }, "messageContains": { "type": "string" } } } } }, "oneOf": [{ "required": ["input"] }, { "required": ["file"] }] };
var schema55 = { "type": "object", "additionalProperties": false, "properties": { "ownerAccount": { "type": "string", "pattern": "^[0-9]{12}$" }, "trustedAccounts": { "type": "array", "items": { "type": "string", "pattern": "^[0-9]{12}$" } }, "trustedOrgs": { "type": "array", "items": { "type": "string", "pattern": "^o-[a-z0-9]{10,32}$" } }, "attempts": { "enum": ["report", "ignore"] }, "ifExistsAlwaysPresent": { "type": "boolean" } } };
var pattern12 = new RegExp("^[0-9]{12}$", "u");
var pattern14 = new RegExp("^o-[a-z0-9]{10,32}$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.input === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: schema54.oneOf[0].required, parentSchema: schema54.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.file === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema54.oneOf[1].required, parentSchema: schema54.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema54.oneOf, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.expect === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property 'expect'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "source" || key0 === "input" || key0 === "file" || key0 === "config" || key0 === "expect")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.name.type, parentSchema: schema54.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data1 = data.source;
      if (!(data1 === "policy" || data1 === "cloudformation" || data1 === "terraform" || data1 === "cloudtrail")) {
        const err8 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/enum", keyword: "enum", params: { allowedValues: schema54.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.source.enum, parentSchema: schema54.properties.source, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data2 = data.file;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.file.type, parentSchema: schema54.properties.file, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data3 = data.config;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "ownerAccount" || key1 === "trustedAccounts" || key1 === "trustedOrgs" || key1 === "attempts" || key1 === "ifExistsAlwaysPresent")) {
            const err10 = { instancePath: instancePath + "/config", schemaPath: "#/$defs/testConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.ownerAccount !== void 0) {
          let data4 = data3.ownerAccount;
          if (typeof data4 === "string") {
            if (!pattern12.test(data4)) {
              const err11 = { instancePath: instancePath + "/config/ownerAccount", schemaPath: "#/$defs/testConfig/properties/ownerAccount/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"', schema: "^[0-9]{12}$", parentSchema: schema55.properties.ownerAccount, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/config/ownerAccount", schemaPath: "#/$defs/testConfig/properties/ownerAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.ownerAccount.type, parentSchema: schema55.properties.ownerAccount, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.trustedAccounts !== void 0) {
          let data5 = data3.trustedAccounts;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (!pattern12.test(data6)) {
                  const err13 = { instancePath: instancePath + "/config/trustedAccounts/" + i0, schemaPath: "#/$defs/testConfig/properties/trustedAccounts/items/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"', schema: "^[0-9]{12}$", parentSchema: schema55.properties.trustedAccounts.items, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/config/trustedAccounts/" + i0, schemaPath: "#/$defs/testConfig/properties/trustedAccounts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.trustedAccounts.items.type, parentSchema: schema55.properties.trustedAccounts.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/config/trustedAccounts", schemaPath: "#/$defs/testConfig/properties/trustedAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.trustedAccounts.type, parentSchema: schema55.properties.trustedAccounts, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.trustedOrgs !== void 0) {
          let data7 = data3.trustedOrgs;
          if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (typeof data8 === "string") {
                if (!pattern14.test(data8)) {
                  const err16 = { instancePath: instancePath + "/config/trustedOrgs/" + i1, schemaPath: "#/$defs/testConfig/properties/trustedOrgs/items/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema55.properties.trustedOrgs.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/config/trustedOrgs/" + i1, schemaPath: "#/$defs/testConfig/properties/trustedOrgs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.trustedOrgs.items.type, parentSchema: schema55.properties.trustedOrgs.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/config/trustedOrgs", schemaPath: "#/$defs/testConfig/properties/trustedOrgs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.trustedOrgs.type, parentSchema: schema55.properties.trustedOrgs, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.attempts !== void 0) {
          let data9 = data3.attempts;
          if (!(data9 === "report" || data9 === "ignore")) {
            const err19 = { instancePath: instancePath + "/config/attempts", schemaPath: "#/$defs/testConfig/properties/attempts/enum", keyword: "enum", params: { allowedValues: schema55.properties.attempts.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.attempts.enum, parentSchema: schema55.properties.attempts, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.ifExistsAlwaysPresent !== void 0) {
          let data10 = data3.ifExistsAlwaysPresent;
          if (typeof data10 !== "boolean") {
            const err20 = { instancePath: instancePath + "/config/ifExistsAlwaysPresent", schemaPath: "#/$defs/testConfig/properties/ifExistsAlwaysPresent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.ifExistsAlwaysPresent.type, parentSchema: schema55.properties.ifExistsAlwaysPresent, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/config", schemaPath: "#/$defs/testConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data3 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.expect !== void 0) {
      let data11 = data.expect;
      const _errs28 = errors;
      let valid8 = true;
      const _errs29 = errors;
      if (typeof data11 !== "string") {
        const err22 = {};
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid1 = _errs29 === errors;
      errors = _errs28;
      if (vErrors !== null) {
        if (_errs28) {
          vErrors.length = _errs28;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid1) {
        const _errs31 = errors;
        if (!(data11 === "violation" || data11 === "mitigated" || data11 === "suppressed" || data11 === "unknown" || data11 === "attempt" || data11 === "pass" || data11 === "skip")) {
          const err23 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/then/enum", keyword: "enum", params: { allowedValues: schema54.properties.expect.then.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.expect.then.enum, parentSchema: schema54.properties.expect.then, data: data11 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        var _valid1 = _errs31 === errors;
        valid8 = _valid1;
        ifClause0 = "then";
      } else {
        const _errs32 = errors;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
          if (data11.result === void 0) {
            const err24 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/else/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'", schema: schema54.properties.expect.else.required, parentSchema: schema54.properties.expect.else, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          for (const key2 in data11) {
            if (!(key2 === "result" || key2 === "count" || key2 === "sids" || key2 === "statementIndexes" || key2 === "messageContains")) {
              const err25 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.expect.else, data: data11 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          if (data11.result !== void 0) {
            let data12 = data11.result;
            if (!(data12 === "violation" || data12 === "mitigated" || data12 === "suppressed" || data12 === "unknown" || data12 === "attempt" || data12 === "pass" || data12 === "skip")) {
              const err26 = { instancePath: instancePath + "/expect/result", schemaPath: "#/properties/expect/else/properties/result/enum", keyword: "enum", params: { allowedValues: schema54.properties.expect.else.properties.result.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.expect.else.properties.result.enum, parentSchema: schema54.properties.expect.else.properties.result, data: data12 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data11.count !== void 0) {
            let data13 = data11.count;
            if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
              const err27 = { instancePath: instancePath + "/expect/count", schemaPath: "#/properties/expect/else/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.expect.else.properties.count.type, parentSchema: schema54.properties.expect.else.properties.count, data: data13 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (typeof data13 == "number" && isFinite(data13)) {
              if (data13 < 0 || isNaN(data13)) {
                const err28 = { instancePath: instancePath + "/expect/count", schemaPath: "#/properties/expect/else/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.expect.else.properties.count, data: data13 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          }
          if (data11.sids !== void 0) {
            let data14 = data11.sids;
            if (Array.isArray(data14)) {
              const len2 = data14.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data15 = data14[i2];
                if (typeof data15 !== "string") {
                  const err29 = { instancePath: instancePath + "/expect/sids/" + i2, schemaPath: "#/properties/expect/else/properties/sids/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.expect.else.properties.sids.items.type, parentSchema: schema54.properties.expect.else.properties.sids.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/expect/sids", schemaPath: "#/properties/expect/else/properties/sids/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.expect.else.properties.sids.type, parentSchema: schema54.properties.expect.else.properties.sids, data: data14 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          if (data11.statementIndexes !== void 0) {
            let data16 = data11.statementIndexes;
            if (Array.isArray(data16)) {
              const len3 = data16.length;
              for (let i3 = 0; i3 < len3; i3++) {
                let data17 = data16[i3];
                if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                  const err31 = { instancePath: instancePath + "/expect/statementIndexes/" + i3, schemaPath: "#/properties/expect/else/properties/statementIndexes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.expect.else.properties.statementIndexes.items.type, parentSchema: schema54.properties.expect.else.properties.statementIndexes.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (typeof data17 == "number" && isFinite(data17)) {
                  if (data17 < 0 || isNaN(data17)) {
                    const err32 = { instancePath: instancePath + "/expect/statementIndexes/" + i3, schemaPath: "#/properties/expect/else/properties/statementIndexes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.expect.else.properties.statementIndexes.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err33 = { instancePath: instancePath + "/expect/statementIndexes", schemaPath: "#/properties/expect/else/properties/statementIndexes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.expect.else.properties.statementIndexes.type, parentSchema: schema54.properties.expect.else.properties.statementIndexes, data: data16 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          if (data11.messageContains !== void 0) {
            let data18 = data11.messageContains;
            if (typeof data18 !== "string") {
              const err34 = { instancePath: instancePath + "/expect/messageContains", schemaPath: "#/properties/expect/else/properties/messageContains/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.expect.else.properties.messageContains.type, parentSchema: schema54.properties.expect.else.properties.messageContains, data: data18 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        } else {
          const err35 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.expect.else.type, parentSchema: schema54.properties.expect.else, data: data11 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        var _valid1 = _errs32 === errors;
        valid8 = _valid1;
        ifClause0 = "else";
      }
      if (!valid8) {
        const err36 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema54.properties.expect.if, parentSchema: schema54.properties.expect, data: data11 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.remediation === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remediation" }, message: "must have required property 'remediation'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.references === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.scope === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.match === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema49.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data0 = data.schema;
      if ("kmslint/rule@1" !== data0) {
        const err11 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/const", keyword: "const", params: { allowedValue: "kmslint/rule@1" }, message: "must be equal to constant", schema: "kmslint/rule@1", parentSchema: schema49.properties.schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func3(data1) > 64) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema49.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern6.test(data1)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema49.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.id.type, parentSchema: schema49.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func3(data2) > 120) {
          const err15 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema49.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err16 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.title.type, parentSchema: schema49.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (!(data3 === "critical" || data3 === "high" || data3 === "medium" || data3 === "low" || data3 === "info")) {
        const err18 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema49.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.severity.enum, parentSchema: schema49.properties.severity, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err19 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.description, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.description.type, parentSchema: schema49.properties.description, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.remediation !== void 0) {
      let data5 = data.remediation;
      if (typeof data5 === "string") {
        if (func3(data5) < 1) {
          const err21 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.remediation, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.remediation.type, parentSchema: schema49.properties.remediation, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data6 = data.references;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err23 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema49.properties.references, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (!formats0.test(data7)) {
              const err24 = { instancePath: instancePath + "/references/" + i0, schemaPath: "#/properties/references/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema49.properties.references.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/references/" + i0, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.references.items.type, parentSchema: schema49.properties.references.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.references.type, parentSchema: schema49.properties.references, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.mitre !== void 0) {
      let data8 = data.mitre;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.technique === void 0) {
              const err27 = { instancePath: instancePath + "/mitre/" + i1, schemaPath: "#/properties/mitre/items/required", keyword: "required", params: { missingProperty: "technique" }, message: "must have required property 'technique'", schema: schema49.properties.mitre.items.required, parentSchema: schema49.properties.mitre.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "tactic" || key1 === "technique")) {
                const err28 = { instancePath: instancePath + "/mitre/" + i1, schemaPath: "#/properties/mitre/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.mitre.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data9.tactic !== void 0) {
              let data10 = data9.tactic;
              if (typeof data10 === "string") {
                if (!pattern7.test(data10)) {
                  const err29 = { instancePath: instancePath + "/mitre/" + i1 + "/tactic", schemaPath: "#/properties/mitre/items/properties/tactic/pattern", keyword: "pattern", params: { pattern: "^TA[0-9]{4}$" }, message: 'must match pattern "^TA[0-9]{4}$"', schema: "^TA[0-9]{4}$", parentSchema: schema49.properties.mitre.items.properties.tactic, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/mitre/" + i1 + "/tactic", schemaPath: "#/properties/mitre/items/properties/tactic/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.mitre.items.properties.tactic.type, parentSchema: schema49.properties.mitre.items.properties.tactic, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data9.technique !== void 0) {
              let data11 = data9.technique;
              if (typeof data11 === "string") {
                if (!pattern8.test(data11)) {
                  const err31 = { instancePath: instancePath + "/mitre/" + i1 + "/technique", schemaPath: "#/properties/mitre/items/properties/technique/pattern", keyword: "pattern", params: { pattern: "^T[0-9]{4}(\\.[0-9]{3})?$" }, message: 'must match pattern "^T[0-9]{4}(\\.[0-9]{3})?$"', schema: "^T[0-9]{4}(\\.[0-9]{3})?$", parentSchema: schema49.properties.mitre.items.properties.technique, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/mitre/" + i1 + "/technique", schemaPath: "#/properties/mitre/items/properties/technique/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.mitre.items.properties.technique.type, parentSchema: schema49.properties.mitre.items.properties.technique, data: data11 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/mitre/" + i1, schemaPath: "#/properties/mitre/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.mitre.items.type, parentSchema: schema49.properties.mitre.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/mitre", schemaPath: "#/properties/mitre/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.mitre.type, parentSchema: schema49.properties.mitre, data: data8 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.risk !== void 0) {
      let data12 = data.risk;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.impact === void 0) {
          const err35 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/required", keyword: "required", params: { missingProperty: "impact" }, message: "must have required property 'impact'", schema: schema49.properties.risk.required, parentSchema: schema49.properties.risk, data: data12 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data12.confidence === void 0) {
          const err36 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/required", keyword: "required", params: { missingProperty: "confidence" }, message: "must have required property 'confidence'", schema: schema49.properties.risk.required, parentSchema: schema49.properties.risk, data: data12 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key2 in data12) {
          if (!(key2 === "impact" || key2 === "confidence" || key2 === "score")) {
            const err37 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.risk, data: data12 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data12.impact !== void 0) {
          let data13 = data12.impact;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err38 = { instancePath: instancePath + "/risk/impact", schemaPath: "#/properties/risk/properties/impact/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.risk.properties.impact.type, parentSchema: schema49.properties.risk.properties.impact, data: data13 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 100 || isNaN(data13)) {
              const err39 = { instancePath: instancePath + "/risk/impact", schemaPath: "#/properties/risk/properties/impact/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema49.properties.risk.properties.impact, data: data13 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data13 < 0 || isNaN(data13)) {
              const err40 = { instancePath: instancePath + "/risk/impact", schemaPath: "#/properties/risk/properties/impact/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema49.properties.risk.properties.impact, data: data13 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
        if (data12.confidence !== void 0) {
          let data14 = data12.confidence;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err41 = { instancePath: instancePath + "/risk/confidence", schemaPath: "#/properties/risk/properties/confidence/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.risk.properties.confidence.type, parentSchema: schema49.properties.risk.properties.confidence, data: data14 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 > 100 || isNaN(data14)) {
              const err42 = { instancePath: instancePath + "/risk/confidence", schemaPath: "#/properties/risk/properties/confidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema49.properties.risk.properties.confidence, data: data14 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data14 < 0 || isNaN(data14)) {
              const err43 = { instancePath: instancePath + "/risk/confidence", schemaPath: "#/properties/risk/properties/confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema49.properties.risk.properties.confidence, data: data14 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
        if (data12.score !== void 0) {
          let data15 = data12.score;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err44 = { instancePath: instancePath + "/risk/score", schemaPath: "#/properties/risk/properties/score/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.risk.properties.score.type, parentSchema: schema49.properties.risk.properties.score, data: data15 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 100 || isNaN(data15)) {
              const err45 = { instancePath: instancePath + "/risk/score", schemaPath: "#/properties/risk/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema49.properties.risk.properties.score, data: data15 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err46 = { instancePath: instancePath + "/risk/score", schemaPath: "#/properties/risk/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema49.properties.risk.properties.score, data: data15 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.risk.type, parentSchema: schema49.properties.risk, data: data12 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data16 = data.tags;
      if (Array.isArray(data16)) {
        const len2 = data16.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data17 = data16[i2];
          if (typeof data17 !== "string") {
            const err48 = { instancePath: instancePath + "/tags/" + i2, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.tags.items.type, parentSchema: schema49.properties.tags.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.tags.type, parentSchema: schema49.properties.tags, data: data16 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data18 = data.sources;
      if (Array.isArray(data18)) {
        if (data18.length < 1) {
          const err50 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema49.properties.sources, data: data18 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        const len3 = data18.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data19 = data18[i3];
          if (!(data19 === "policy" || data19 === "cloudformation" || data19 === "terraform" || data19 === "cloudtrail")) {
            const err51 = { instancePath: instancePath + "/sources/" + i3, schemaPath: "#/properties/sources/items/enum", keyword: "enum", params: { allowedValues: schema49.properties.sources.items.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.sources.items.enum, parentSchema: schema49.properties.sources.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        let i4 = data18.length;
        let j0;
        if (i4 > 1) {
          outer0: for (; i4--; ) {
            for (j0 = i4; j0--; ) {
              if (func0(data18[i4], data18[j0])) {
                const err52 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema49.properties.sources, data: data18 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.sources.type, parentSchema: schema49.properties.sources, data: data18 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data20 = data.scope;
      if (!(data20 === "statement" || data20 === "policy" || data20 === "issue" || data20 === "event")) {
        const err54 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema49.properties.scope.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.scope.enum, parentSchema: schema49.properties.scope, data: data20 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.mitigation !== void 0) {
      let data21 = data.mitigation;
      if (!(data21 === "report" || data21 === "drop" || data21 === "ignore")) {
        const err55 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/enum", keyword: "enum", params: { allowedValues: schema49.properties.mitigation.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.mitigation.enum, parentSchema: schema49.properties.mitigation, data: data21 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data22 = data.status;
      if (!(data22 === "stable" || data22 === "experimental" || data22 === "deprecated")) {
        const err56 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema49.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.status.enum, parentSchema: schema49.properties.status, data: data22 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      if (!validate33(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== void 0) {
      let data24 = data.message;
      if (typeof data24 === "string") {
        if (func3(data24) < 1) {
          const err57 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.message, data: data24 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
      } else {
        const err58 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.message.type, parentSchema: schema49.properties.message, data: data24 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.tests !== void 0) {
      let data25 = data.tests;
      if (Array.isArray(data25)) {
        const len4 = data25.length;
        for (let i5 = 0; i5 < len4; i5++) {
          if (!validate35(data25[i5], { instancePath: instancePath + "/tests/" + i5, parentData: data25, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.tests.type, parentSchema: schema49.properties.tests, data: data25 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var config = validate37;
var schema56 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://kmslint.dev/schemas/config.schema.json", "title": "kmslint project configuration (.kmslint.yaml)", "type": "object", "additionalProperties": false, "properties": { "ownerAccount": { "type": "string", "pattern": "^[0-9]{12}$", "description": "a 12-digit AWS account id" }, "trustedAccounts": { "type": "array", "items": { "type": "string", "pattern": "^[0-9]{12}$", "description": "a 12-digit AWS account id" } }, "trustedOrgs": { "type": "array", "items": { "type": "string", "pattern": "^o-[a-z0-9]{10,32}$", "description": "an AWS Organizations id such as o-a1b2c3d4e5" } }, "attempts": { "enum": ["report", "ignore"] }, "ifExistsAlwaysPresent": { "type": "boolean" }, "failOn": { "enum": ["critical", "high", "medium", "low"] }, "rules": { "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, "additionalProperties": { "enum": ["critical", "high", "medium", "low", "info", "off"], "description": "a severity, or off to disable the rule" } }, "overrides": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files", "rules"], "properties": { "files": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "rules": { "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, "additionalProperties": { "enum": ["critical", "high", "medium", "low", "info", "off"], "description": "a severity, or off to disable the rule" } } } } }, "rulesDirs": { "type": "array", "items": { "type": "string" } }, "exclude": { "type": "array", "items": { "type": "string" } }, "maxFileSize": { "type": ["integer", "string"], "minimum": 1, "pattern": "^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$", "description": "a size such as 800MB or 2GB (B, KB, MB, GB, TB: powers of 1024), or a number of bytes", "$comment": "refuse input files larger than this (default 512MB)" }, "maxDecompressedSize": { "type": ["integer", "string"], "minimum": 1, "pattern": "^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$", "description": "a size such as 800MB or 2GB (B, KB, MB, GB, TB: powers of 1024), or a number of bytes", "$comment": "stop a gzip input that inflates beyond this (default 1GB)" }, "suppressions": { "type": "array", "items": { "$ref": "#/$defs/suppression" } } }, "$defs": { "suppression": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "description": "a suppression names a rule and gives a reason", "properties": { "rule": { "type": "string", "minLength": 1 }, "file": { "type": "string", "description": "a glob relative to the configuration file" }, "resource": { "type": "string", "description": "a CloudFormation logical id, Terraform address, or key ARN (globs allowed)" }, "sid": { "type": "string" }, "statementIndex": { "type": "integer", "minimum": 0 }, "eventID": { "type": "string" }, "principal": { "type": "string", "description": "the caller's ARN in CloudTrail (globs allowed)" }, "account": { "type": "string", "pattern": "^[0-9]{12}$" }, "reason": { "type": "string", "minLength": 3 }, "expires": { "type": "string", "format": "date", "description": "a date such as 2026-12-31" } } } } };
var schema57 = { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "description": "a suppression names a rule and gives a reason", "properties": { "rule": { "type": "string", "minLength": 1 }, "file": { "type": "string", "description": "a glob relative to the configuration file" }, "resource": { "type": "string", "description": "a CloudFormation logical id, Terraform address, or key ARN (globs allowed)" }, "sid": { "type": "string" }, "statementIndex": { "type": "integer", "minimum": 0 }, "eventID": { "type": "string" }, "principal": { "type": "string", "description": "the caller's ARN in CloudTrail (globs allowed)" }, "account": { "type": "string", "pattern": "^[0-9]{12}$" }, "reason": { "type": "string", "minLength": 3 }, "expires": { "type": "string", "format": "date", "description": "a date such as 2026-12-31" } } };
var pattern20 = new RegExp("^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$", "u");
var formats2 = /^\d{4}-\d{2}-\d{2}$/;
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema56.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ownerAccount !== void 0) {
      let data0 = data.ownerAccount;
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err1 = { instancePath: instancePath + "/ownerAccount", schemaPath: "#/properties/ownerAccount/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"', schema: "^[0-9]{12}$", parentSchema: schema56.properties.ownerAccount, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/ownerAccount", schemaPath: "#/properties/ownerAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.ownerAccount.type, parentSchema: schema56.properties.ownerAccount, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.trustedAccounts !== void 0) {
      let data1 = data.trustedAccounts;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern12.test(data2)) {
              const err3 = { instancePath: instancePath + "/trustedAccounts/" + i0, schemaPath: "#/properties/trustedAccounts/items/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"', schema: "^[0-9]{12}$", parentSchema: schema56.properties.trustedAccounts.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/trustedAccounts/" + i0, schemaPath: "#/properties/trustedAccounts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.trustedAccounts.items.type, parentSchema: schema56.properties.trustedAccounts.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/trustedAccounts", schemaPath: "#/properties/trustedAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.trustedAccounts.type, parentSchema: schema56.properties.trustedAccounts, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.trustedOrgs !== void 0) {
      let data3 = data.trustedOrgs;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (!pattern14.test(data4)) {
              const err6 = { instancePath: instancePath + "/trustedOrgs/" + i1, schemaPath: "#/properties/trustedOrgs/items/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema56.properties.trustedOrgs.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/trustedOrgs/" + i1, schemaPath: "#/properties/trustedOrgs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.trustedOrgs.items.type, parentSchema: schema56.properties.trustedOrgs.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/trustedOrgs", schemaPath: "#/properties/trustedOrgs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.trustedOrgs.type, parentSchema: schema56.properties.trustedOrgs, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.attempts !== void 0) {
      let data5 = data.attempts;
      if (!(data5 === "report" || data5 === "ignore")) {
        const err9 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/enum", keyword: "enum", params: { allowedValues: schema56.properties.attempts.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.attempts.enum, parentSchema: schema56.properties.attempts, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.ifExistsAlwaysPresent !== void 0) {
      let data6 = data.ifExistsAlwaysPresent;
      if (typeof data6 !== "boolean") {
        const err10 = { instancePath: instancePath + "/ifExistsAlwaysPresent", schemaPath: "#/properties/ifExistsAlwaysPresent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.ifExistsAlwaysPresent.type, parentSchema: schema56.properties.ifExistsAlwaysPresent, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data7 = data.failOn;
      if (!(data7 === "critical" || data7 === "high" || data7 === "medium" || data7 === "low")) {
        const err11 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema56.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.failOn.enum, parentSchema: schema56.properties.failOn, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data8 = data.rules;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          const _errs18 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err12 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema56.properties.rules.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          var valid5 = _errs18 === errors;
          if (!valid5) {
            const err13 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema56.properties.rules.propertyNames, parentSchema: schema56.properties.rules, data: data8 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        for (const key2 in data8) {
          let data9 = data8[key2];
          if (!(data9 === "critical" || data9 === "high" || data9 === "medium" || data9 === "low" || data9 === "info" || data9 === "off")) {
            const err14 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema56.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.rules.additionalProperties.enum, parentSchema: schema56.properties.rules.additionalProperties, data: data9 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.rules.type, parentSchema: schema56.properties.rules, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data10 = data.overrides;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data11 = data10[i2];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.files === void 0) {
              const err16 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema56.properties.overrides.items.required, parentSchema: schema56.properties.overrides.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data11.rules === void 0) {
              const err17 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema56.properties.overrides.items.required, parentSchema: schema56.properties.overrides.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key3 in data11) {
              if (!(key3 === "files" || key3 === "rules")) {
                const err18 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.overrides.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data11.files !== void 0) {
              let data12 = data11.files;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err19 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.overrides.items.properties.files, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                const len3 = data12.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data13 = data12[i3];
                  if (typeof data13 !== "string") {
                    const err20 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.overrides.items.properties.files.items.type, parentSchema: schema56.properties.overrides.items.properties.files.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.overrides.items.properties.files.type, parentSchema: schema56.properties.overrides.items.properties.files, data: data12 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.rules !== void 0) {
              let data14 = data11.rules;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key4 in data14) {
                  const _errs32 = errors;
                  if (typeof key4 === "string") {
                    if (!pattern6.test(key4)) {
                      const err22 = { instancePath: instancePath + "/overrides/" + i2 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema56.properties.overrides.items.properties.rules.propertyNames, data: key4, propertyName: key4 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                  var valid12 = _errs32 === errors;
                  if (!valid12) {
                    const err23 = { instancePath: instancePath + "/overrides/" + i2 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema56.properties.overrides.items.properties.rules.propertyNames, parentSchema: schema56.properties.overrides.items.properties.rules, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                for (const key5 in data14) {
                  let data15 = data14[key5];
                  if (!(data15 === "critical" || data15 === "high" || data15 === "medium" || data15 === "low" || data15 === "info" || data15 === "off")) {
                    const err24 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema56.properties.overrides.items.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.overrides.items.properties.rules.additionalProperties.enum, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/overrides/" + i2 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.overrides.items.properties.rules.type, parentSchema: schema56.properties.overrides.items.properties.rules, data: data14 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.overrides.items.type, parentSchema: schema56.properties.overrides.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.overrides.type, parentSchema: schema56.properties.overrides, data: data10 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.rulesDirs !== void 0) {
      let data16 = data.rulesDirs;
      if (Array.isArray(data16)) {
        const len4 = data16.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data17 = data16[i4];
          if (typeof data17 !== "string") {
            const err28 = { instancePath: instancePath + "/rulesDirs/" + i4, schemaPath: "#/properties/rulesDirs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.rulesDirs.items.type, parentSchema: schema56.properties.rulesDirs.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/rulesDirs", schemaPath: "#/properties/rulesDirs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.rulesDirs.type, parentSchema: schema56.properties.rulesDirs, data: data16 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data18 = data.exclude;
      if (Array.isArray(data18)) {
        const len5 = data18.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data19 = data18[i5];
          if (typeof data19 !== "string") {
            const err30 = { instancePath: instancePath + "/exclude/" + i5, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.exclude.items.type, parentSchema: schema56.properties.exclude.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.exclude.type, parentSchema: schema56.properties.exclude, data: data18 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data20 = data.maxFileSize;
      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20)) && typeof data20 !== "string") {
        const err32 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: schema56.properties.maxFileSize.type }, message: "must be integer,string", schema: schema56.properties.maxFileSize.type, parentSchema: schema56.properties.maxFileSize, data: data20 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data20 == "number" && isFinite(data20)) {
        if (data20 < 1 || isNaN(data20)) {
          const err33 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema56.properties.maxFileSize, data: data20 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (typeof data20 === "string") {
        if (!pattern20.test(data20)) {
          const err34 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$"', schema: "^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$", parentSchema: schema56.properties.maxFileSize, data: data20 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.maxDecompressedSize !== void 0) {
      let data21 = data.maxDecompressedSize;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21)) && typeof data21 !== "string") {
        const err35 = { instancePath: instancePath + "/maxDecompressedSize", schemaPath: "#/properties/maxDecompressedSize/type", keyword: "type", params: { type: schema56.properties.maxDecompressedSize.type }, message: "must be integer,string", schema: schema56.properties.maxDecompressedSize.type, parentSchema: schema56.properties.maxDecompressedSize, data: data21 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 < 1 || isNaN(data21)) {
          const err36 = { instancePath: instancePath + "/maxDecompressedSize", schemaPath: "#/properties/maxDecompressedSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema56.properties.maxDecompressedSize, data: data21 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      if (typeof data21 === "string") {
        if (!pattern20.test(data21)) {
          const err37 = { instancePath: instancePath + "/maxDecompressedSize", schemaPath: "#/properties/maxDecompressedSize/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$"', schema: "^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$", parentSchema: schema56.properties.maxDecompressedSize, data: data21 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
    }
    if (data.suppressions !== void 0) {
      let data22 = data.suppressions;
      if (Array.isArray(data22)) {
        const len6 = data22.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data23 = data22[i6];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.rule === void 0) {
              const err38 = { instancePath: instancePath + "/suppressions/" + i6, schemaPath: "#/$defs/suppression/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema57.required, parentSchema: schema57, data: data23 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data23.reason === void 0) {
              const err39 = { instancePath: instancePath + "/suppressions/" + i6, schemaPath: "#/$defs/suppression/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema57.required, parentSchema: schema57, data: data23 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            for (const key6 in data23) {
              if (!func1.call(schema57.properties, key6)) {
                const err40 = { instancePath: instancePath + "/suppressions/" + i6, schemaPath: "#/$defs/suppression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data: data23 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data23.rule !== void 0) {
              let data24 = data23.rule;
              if (typeof data24 === "string") {
                if (func3(data24) < 1) {
                  const err41 = { instancePath: instancePath + "/suppressions/" + i6 + "/rule", schemaPath: "#/$defs/suppression/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.rule, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/suppressions/" + i6 + "/rule", schemaPath: "#/$defs/suppression/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.rule.type, parentSchema: schema57.properties.rule, data: data24 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data23.file !== void 0) {
              let data25 = data23.file;
              if (typeof data25 !== "string") {
                const err43 = { instancePath: instancePath + "/suppressions/" + i6 + "/file", schemaPath: "#/$defs/suppression/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.file.type, parentSchema: schema57.properties.file, data: data25 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data23.resource !== void 0) {
              let data26 = data23.resource;
              if (typeof data26 !== "string") {
                const err44 = { instancePath: instancePath + "/suppressions/" + i6 + "/resource", schemaPath: "#/$defs/suppression/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.resource.type, parentSchema: schema57.properties.resource, data: data26 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data23.sid !== void 0) {
              let data27 = data23.sid;
              if (typeof data27 !== "string") {
                const err45 = { instancePath: instancePath + "/suppressions/" + i6 + "/sid", schemaPath: "#/$defs/suppression/properties/sid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.sid.type, parentSchema: schema57.properties.sid, data: data27 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data23.statementIndex !== void 0) {
              let data28 = data23.statementIndex;
              if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                const err46 = { instancePath: instancePath + "/suppressions/" + i6 + "/statementIndex", schemaPath: "#/$defs/suppression/properties/statementIndex/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema57.properties.statementIndex.type, parentSchema: schema57.properties.statementIndex, data: data28 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 < 0 || isNaN(data28)) {
                  const err47 = { instancePath: instancePath + "/suppressions/" + i6 + "/statementIndex", schemaPath: "#/$defs/suppression/properties/statementIndex/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema57.properties.statementIndex, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
            }
            if (data23.eventID !== void 0) {
              let data29 = data23.eventID;
              if (typeof data29 !== "string") {
                const err48 = { instancePath: instancePath + "/suppressions/" + i6 + "/eventID", schemaPath: "#/$defs/suppression/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.eventID.type, parentSchema: schema57.properties.eventID, data: data29 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data23.principal !== void 0) {
              let data30 = data23.principal;
              if (typeof data30 !== "string") {
                const err49 = { instancePath: instancePath + "/suppressions/" + i6 + "/principal", schemaPath: "#/$defs/suppression/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.principal.type, parentSchema: schema57.properties.principal, data: data30 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data23.account !== void 0) {
              let data31 = data23.account;
              if (typeof data31 === "string") {
                if (!pattern12.test(data31)) {
                  const err50 = { instancePath: instancePath + "/suppressions/" + i6 + "/account", schemaPath: "#/$defs/suppression/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"', schema: "^[0-9]{12}$", parentSchema: schema57.properties.account, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/suppressions/" + i6 + "/account", schemaPath: "#/$defs/suppression/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.account.type, parentSchema: schema57.properties.account, data: data31 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data23.reason !== void 0) {
              let data32 = data23.reason;
              if (typeof data32 === "string") {
                if (func3(data32) < 3) {
                  const err52 = { instancePath: instancePath + "/suppressions/" + i6 + "/reason", schemaPath: "#/$defs/suppression/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema57.properties.reason, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/suppressions/" + i6 + "/reason", schemaPath: "#/$defs/suppression/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.reason.type, parentSchema: schema57.properties.reason, data: data32 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data23.expires !== void 0) {
              let data33 = data23.expires;
              if (typeof data33 === "string") {
                if (!formats2.test(data33)) {
                  const err54 = { instancePath: instancePath + "/suppressions/" + i6 + "/expires", schemaPath: "#/$defs/suppression/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.expires, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/suppressions/" + i6 + "/expires", schemaPath: "#/$defs/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.expires.type, parentSchema: schema57.properties.expires, data: data33 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/suppressions/" + i6, schemaPath: "#/$defs/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data: data23 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.suppressions.type, parentSchema: schema56.properties.suppressions, data: data22 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
  } else {
    const err58 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err58];
    } else {
      vErrors.push(err58);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validators = { keyPolicy: { hash: "7bf5d6d55ae79253d2c13329e6eb2812305770b47b70f2462828ecc318f86834", validate: keyPolicy }, rule: { hash: "543bc260abc5f6b65ac62c1c6165d47e794d3a40faca872c338f263e975a3fc6", validate: rule }, config: { hash: "71dd362bcfd905d237d6475e11ca4fe19b9f5d1fa8998f9638ae4d1b91705460", validate: config } };
export {
  config,
  keyPolicy,
  rule,
  validators
};
