export const id = 403;
export const ids = [403];
export const modules = {

/***/ 13815:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.lK = exports.qg = exports.el = exports.Op = void 0;
const DEFAULT_PARSE_CONFIG = {
    allowMultipleFractions: true,
};
const units = [
    { unit: 'years', symbol: 'Y' },
    { unit: 'months', symbol: 'M' },
    { unit: 'weeks', symbol: 'W' },
    { unit: 'days', symbol: 'D' },
    { unit: 'hours', symbol: 'H' },
    { unit: 'minutes', symbol: 'M' },
    { unit: 'seconds', symbol: 'S' },
];
// Construction of the duration regex
const r = (name, unit) => `((?<${name}>-?\\d*[\\.,]?\\d+)${unit})?`;
const durationRegex = new RegExp([
    '(?<negative>-)?P',
    r('years', 'Y'),
    r('months', 'M'),
    r('weeks', 'W'),
    r('days', 'D'),
    '(T',
    r('hours', 'H'),
    r('minutes', 'M'),
    r('seconds', 'S'),
    ')?', // end optional time
].join(''));
function parseNum(s) {
    if (s === '' || s === undefined || s === null) {
        return undefined;
    }
    return parseFloat(s.replace(',', '.'));
}
exports.Op = new Error('Invalid duration');
exports.el = new Error('Multiple fractions specified');
function parse(durationStr, config = DEFAULT_PARSE_CONFIG) {
    const match = durationRegex.exec(durationStr);
    if (!match || !match.groups) {
        throw exports.Op;
    }
    let empty = true;
    let decimalFractionCount = 0;
    const values = {};
    for (const { unit } of units) {
        if (match.groups[unit]) {
            empty = false;
            values[unit] = parseNum(match.groups[unit]);
            if (!config.allowMultipleFractions && !Number.isInteger(values[unit])) {
                decimalFractionCount++;
                if (decimalFractionCount > 1) {
                    throw exports.el;
                }
            }
        }
    }
    if (empty) {
        throw exports.Op;
    }
    const duration = values;
    if (match.groups.negative) {
        duration.negative = true;
    }
    return duration;
}
exports.qg = parse;
const s = (number, component) => {
    if (!number) {
        return undefined;
    }
    let numberAsString = number.toString();
    const exponentIndex = numberAsString.indexOf('e');
    if (exponentIndex > -1) {
        const magnitude = parseInt(numberAsString.slice(exponentIndex + 2), 10);
        numberAsString = number.toFixed(magnitude + exponentIndex - 2);
    }
    return numberAsString + component;
};
function serialize(duration) {
    if (!duration.years &&
        !duration.months &&
        !duration.weeks &&
        !duration.days &&
        !duration.hours &&
        !duration.minutes &&
        !duration.seconds) {
        return 'PT0S';
    }
    return [
        duration.negative && '-',
        'P',
        s(duration.years, 'Y'),
        s(duration.months, 'M'),
        s(duration.weeks, 'W'),
        s(duration.days, 'D'),
        (duration.hours || duration.minutes || duration.seconds) && 'T',
        s(duration.hours, 'H'),
        s(duration.minutes, 'M'),
        s(duration.seconds, 'S'),
    ]
        .filter(Boolean)
        .join('');
}
exports.lK = serialize;


/***/ }),

/***/ 61860:
/***/ ((module) => {

/******************************************************************************
Copyright (c) Microsoft Corporation.

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.
***************************************************************************** */
/* global global, define, Symbol, Reflect, Promise, SuppressedError, Iterator */
var __extends;
var __assign;
var __rest;
var __decorate;
var __param;
var __esDecorate;
var __runInitializers;
var __propKey;
var __setFunctionName;
var __metadata;
var __awaiter;
var __generator;
var __exportStar;
var __values;
var __read;
var __spread;
var __spreadArrays;
var __spreadArray;
var __await;
var __asyncGenerator;
var __asyncDelegator;
var __asyncValues;
var __makeTemplateObject;
var __importStar;
var __importDefault;
var __classPrivateFieldGet;
var __classPrivateFieldSet;
var __classPrivateFieldIn;
var __createBinding;
var __addDisposableResource;
var __disposeResources;
var __rewriteRelativeImportExtension;
(function (factory) {
    var root = typeof global === "object" ? global : typeof self === "object" ? self : typeof this === "object" ? this : {};
    if (typeof define === "function" && define.amd) {
        define("tslib", ["exports"], function (exports) { factory(createExporter(root, createExporter(exports))); });
    }
    else if ( true && typeof module.exports === "object") {
        factory(createExporter(root, createExporter(module.exports)));
    }
    else {
        factory(createExporter(root));
    }
    function createExporter(exports, previous) {
        if (exports !== root) {
            if (typeof Object.create === "function") {
                Object.defineProperty(exports, "__esModule", { value: true });
            }
            else {
                exports.__esModule = true;
            }
        }
        return function (id, v) { return exports[id] = previous ? previous(id, v) : v; };
    }
})
(function (exporter) {
    var extendStatics = Object.setPrototypeOf ||
        ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
        function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };

    __extends = function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };

    __assign = Object.assign || function (t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
    };

    __rest = function (s, e) {
        var t = {};
        for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
            t[p] = s[p];
        if (s != null && typeof Object.getOwnPropertySymbols === "function")
            for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
                if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
                    t[p[i]] = s[p[i]];
            }
        return t;
    };

    __decorate = function (decorators, target, key, desc) {
        var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
        if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
        else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
        return c > 3 && r && Object.defineProperty(target, key, r), r;
    };

    __param = function (paramIndex, decorator) {
        return function (target, key) { decorator(target, key, paramIndex); }
    };

    __esDecorate = function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
        function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
        var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
        var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
        var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
        var _, done = false;
        for (var i = decorators.length - 1; i >= 0; i--) {
            var context = {};
            for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
            for (var p in contextIn.access) context.access[p] = contextIn.access[p];
            context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
            var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
            if (kind === "accessor") {
                if (result === void 0) continue;
                if (result === null || typeof result !== "object") throw new TypeError("Object expected");
                if (_ = accept(result.get)) descriptor.get = _;
                if (_ = accept(result.set)) descriptor.set = _;
                if (_ = accept(result.init)) initializers.unshift(_);
            }
            else if (_ = accept(result)) {
                if (kind === "field") initializers.unshift(_);
                else descriptor[key] = _;
            }
        }
        if (target) Object.defineProperty(target, contextIn.name, descriptor);
        done = true;
    };

    __runInitializers = function (thisArg, initializers, value) {
        var useValue = arguments.length > 2;
        for (var i = 0; i < initializers.length; i++) {
            value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
        }
        return useValue ? value : void 0;
    };

    __propKey = function (x) {
        return typeof x === "symbol" ? x : "".concat(x);
    };

    __setFunctionName = function (f, name, prefix) {
        if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
        return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
    };

    __metadata = function (metadataKey, metadataValue) {
        if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
    };

    __awaiter = function (thisArg, _arguments, P, generator) {
        function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
        return new (P || (P = Promise))(function (resolve, reject) {
            function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
            function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
            function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
            step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
    };

    __generator = function (thisArg, body) {
        var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
        return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
        function verb(n) { return function (v) { return step([n, v]); }; }
        function step(op) {
            if (f) throw new TypeError("Generator is already executing.");
            while (g && (g = 0, op[0] && (_ = 0)), _) try {
                if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
                if (y = 0, t) op = [op[0] & 2, t.value];
                switch (op[0]) {
                    case 0: case 1: t = op; break;
                    case 4: _.label++; return { value: op[1], done: false };
                    case 5: _.label++; y = op[1]; op = [0]; continue;
                    case 7: op = _.ops.pop(); _.trys.pop(); continue;
                    default:
                        if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                        if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                        if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                        if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                        if (t[2]) _.ops.pop();
                        _.trys.pop(); continue;
                }
                op = body.call(thisArg, _);
            } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
            if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
        }
    };

    __exportStar = function(m, o) {
        for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding(o, m, p);
    };

    __createBinding = Object.create ? (function(o, m, k, k2) {
        if (k2 === undefined) k2 = k;
        var desc = Object.getOwnPropertyDescriptor(m, k);
        if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
            desc = { enumerable: true, get: function() { return m[k]; } };
        }
        Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
        if (k2 === undefined) k2 = k;
        o[k2] = m[k];
    });

    __values = function (o) {
        var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
        if (m) return m.call(o);
        if (o && typeof o.length === "number") return {
            next: function () {
                if (o && i >= o.length) o = void 0;
                return { value: o && o[i++], done: !o };
            }
        };
        throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
    };

    __read = function (o, n) {
        var m = typeof Symbol === "function" && o[Symbol.iterator];
        if (!m) return o;
        var i = m.call(o), r, ar = [], e;
        try {
            while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
        }
        catch (error) { e = { error: error }; }
        finally {
            try {
                if (r && !r.done && (m = i["return"])) m.call(i);
            }
            finally { if (e) throw e.error; }
        }
        return ar;
    };

    /** @deprecated */
    __spread = function () {
        for (var ar = [], i = 0; i < arguments.length; i++)
            ar = ar.concat(__read(arguments[i]));
        return ar;
    };

    /** @deprecated */
    __spreadArrays = function () {
        for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
        for (var r = Array(s), k = 0, i = 0; i < il; i++)
            for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++)
                r[k] = a[j];
        return r;
    };

    __spreadArray = function (to, from, pack) {
        if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
            if (ar || !(i in from)) {
                if (!ar) ar = Array.prototype.slice.call(from, 0, i);
                ar[i] = from[i];
            }
        }
        return to.concat(ar || Array.prototype.slice.call(from));
    };

    __await = function (v) {
        return this instanceof __await ? (this.v = v, this) : new __await(v);
    };

    __asyncGenerator = function (thisArg, _arguments, generator) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var g = generator.apply(thisArg, _arguments || []), i, q = [];
        return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function () { return this; }, i;
        function awaitReturn(f) { return function (v) { return Promise.resolve(v).then(f, reject); }; }
        function verb(n, f) { if (g[n]) { i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; if (f) i[n] = f(i[n]); } }
        function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
        function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r); }
        function fulfill(value) { resume("next", value); }
        function reject(value) { resume("throw", value); }
        function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
    };

    __asyncDelegator = function (o) {
        var i, p;
        return i = {}, verb("next"), verb("throw", function (e) { throw e; }), verb("return"), i[Symbol.iterator] = function () { return this; }, i;
        function verb(n, f) { i[n] = o[n] ? function (v) { return (p = !p) ? { value: __await(o[n](v)), done: false } : f ? f(v) : v; } : f; }
    };

    __asyncValues = function (o) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var m = o[Symbol.asyncIterator], i;
        return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
        function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
        function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
    };

    __makeTemplateObject = function (cooked, raw) {
        if (Object.defineProperty) { Object.defineProperty(cooked, "raw", { value: raw }); } else { cooked.raw = raw; }
        return cooked;
    };

    var __setModuleDefault = Object.create ? (function(o, v) {
        Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
        o["default"] = v;
    };

    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };

    __importStar = function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };

    __importDefault = function (mod) {
        return (mod && mod.__esModule) ? mod : { "default": mod };
    };

    __classPrivateFieldGet = function (receiver, state, kind, f) {
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
        return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };

    __classPrivateFieldSet = function (receiver, state, value, kind, f) {
        if (kind === "m") throw new TypeError("Private method is not writable");
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
        return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
    };

    __classPrivateFieldIn = function (state, receiver) {
        if (receiver === null || (typeof receiver !== "object" && typeof receiver !== "function")) throw new TypeError("Cannot use 'in' operator on non-object");
        return typeof state === "function" ? receiver === state : state.has(receiver);
    };

    __addDisposableResource = function (env, value, async) {
        if (value !== null && value !== void 0) {
            if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
            var dispose, inner;
            if (async) {
                if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
                dispose = value[Symbol.asyncDispose];
            }
            if (dispose === void 0) {
                if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
                dispose = value[Symbol.dispose];
                if (async) inner = dispose;
            }
            if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
            if (inner) dispose = function() { try { inner.call(this); } catch (e) { return Promise.reject(e); } };
            env.stack.push({ value: value, dispose: dispose, async: async });
        }
        else if (async) {
            env.stack.push({ async: true });
        }
        return value;
    };

    var _SuppressedError = typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
        var e = new Error(message);
        return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
    };

    __disposeResources = function (env) {
        function fail(e) {
            env.error = env.hasError ? new _SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
            env.hasError = true;
        }
        var r, s = 0;
        function next() {
            while (r = env.stack.pop()) {
                try {
                    if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
                    if (r.dispose) {
                        var result = r.dispose.call(r.value);
                        if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) { fail(e); return next(); });
                    }
                    else s |= 1;
                }
                catch (e) {
                    fail(e);
                }
            }
            if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
            if (env.hasError) throw env.error;
        }
        return next();
    };

    __rewriteRelativeImportExtension = function (path, preserveJsx, extraExtensions, ignoreCase) {
        if (typeof path === "string" && /^\.\.?\//.test(path)) {
            if (extraExtensions) {
                for (var extension in extraExtensions) {
                    var suffix = path.slice(-extension.length);
                    if (suffix === extension || ignoreCase && suffix.toLowerCase() === extension.toLowerCase()) {
                        var output = extraExtensions[extension];
                        return output === extension ? path : path.slice(0, -extension.length) + output;
                    }
                }
            }
            return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
                return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
            });
        }
        return path;
    };

    exporter("__extends", __extends);
    exporter("__assign", __assign);
    exporter("__rest", __rest);
    exporter("__decorate", __decorate);
    exporter("__param", __param);
    exporter("__esDecorate", __esDecorate);
    exporter("__runInitializers", __runInitializers);
    exporter("__propKey", __propKey);
    exporter("__setFunctionName", __setFunctionName);
    exporter("__metadata", __metadata);
    exporter("__awaiter", __awaiter);
    exporter("__generator", __generator);
    exporter("__exportStar", __exportStar);
    exporter("__createBinding", __createBinding);
    exporter("__values", __values);
    exporter("__read", __read);
    exporter("__spread", __spread);
    exporter("__spreadArrays", __spreadArrays);
    exporter("__spreadArray", __spreadArray);
    exporter("__await", __await);
    exporter("__asyncGenerator", __asyncGenerator);
    exporter("__asyncDelegator", __asyncDelegator);
    exporter("__asyncValues", __asyncValues);
    exporter("__makeTemplateObject", __makeTemplateObject);
    exporter("__importStar", __importStar);
    exporter("__importDefault", __importDefault);
    exporter("__classPrivateFieldGet", __classPrivateFieldGet);
    exporter("__classPrivateFieldSet", __classPrivateFieldSet);
    exporter("__classPrivateFieldIn", __classPrivateFieldIn);
    exporter("__addDisposableResource", __addDisposableResource);
    exporter("__disposeResources", __disposeResources);
    exporter("__rewriteRelativeImportExtension", __rewriteRelativeImportExtension);
});

0 && (0);


/***/ }),

/***/ 47357:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ns: () => (/* reexport */ DateOnly),
  kp: () => (/* reexport */ DefaultApiError),
  dw: () => (/* reexport */ Duration),
  Lr: () => (/* reexport */ Headers),
  ym: () => (/* reexport */ HttpMethod),
  Fz: () => (/* reexport */ InMemoryBackingStoreFactory),
  vk: () => (/* reexport */ MultipartBody),
  jz: () => (/* reexport */ ParseNodeFactoryRegistry),
  WD: () => (/* reexport */ ResponseHandlerOptionKey),
  Jg: () => (/* reexport */ SerializationWriterFactoryRegistry),
  kW: () => (/* reexport */ TimeOnly),
  G5: () => (/* reexport */ apiClientProxifier),
  Uf: () => (/* reexport */ createBackedModelProxyHandler),
  PW: () => (/* reexport */ createUntypedArray),
  sc: () => (/* reexport */ createUntypedBoolean),
  rq: () => (/* reexport */ createUntypedNodeFromDiscriminatorValue),
  d5: () => (/* reexport */ createUntypedNull),
  n: () => (/* reexport */ createUntypedNumber),
  r3: () => (/* reexport */ createUntypedObject),
  ze: () => (/* reexport */ createUntypedString),
  UD: () => (/* reexport */ enableBackingStoreForParseNodeFactory),
  Ih: () => (/* reexport */ enableBackingStoreForSerializationWriterFactory),
  LW: () => (/* reexport */ getEnumValueFromStringValue),
  Hj: () => (/* reexport */ inNodeEnv_inNodeEnv),
  Sy: () => (/* reexport */ isBackingStoreEnabled),
  zm: () => (/* reexport */ isUntypedArray),
  EC: () => (/* reexport */ isUntypedBoolean),
  Kn: () => (/* reexport */ isUntypedNode),
  Bb: () => (/* reexport */ isUntypedNull),
  VH: () => (/* reexport */ isUntypedNumber),
  LT: () => (/* reexport */ isUntypedObject),
  nQ: () => (/* reexport */ isUntypedString),
  ui: () => (/* reexport */ parseGuidString)
});

// UNUSED EXPORTS: AllowedHostsValidator, AnonymousAuthenticationProvider, ApiKeyAuthenticationProvider, ApiKeyLocation, BackingStoreKey, BackingStoreParseNodeFactory, BackingStoreSerializationWriterProxyFactory, BaseBearerTokenAuthenticationProvider, InMemoryBackingStore, NativeResponseHandler, NativeResponseWrapper, ParseNodeProxyFactory, RequestInformation, ResponseHandlerOption, SerializationWriterProxyFactory, createEmptyGuid, createGuid, createMessageFromDiscriminatorValue, createRecordWithCaseInsensitiveKeys, deserializeIntoMultipartBody, deserializeIntoUntypedNode, formatSegment, getPathParameters, isLocalhostUrl, serializeMultipartBody, serializeUntypedNode, validateProtocol

;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/serializationWriterFactoryRegistry.js
/** This factory holds a list of all the registered factories for the various types of nodes. */
class SerializationWriterFactoryRegistry {
    constructor() {
        /**
         * The content type for JSON data.
         */
        this.jsonContentType = "application/json";
        /** List of factories that are registered by content type. */
        this.contentTypeAssociatedFactories = new Map();
    }
    getValidContentType() {
        throw new Error("The registry supports multiple content types. Get the registered factory instead.");
    }
    getSerializationWriter(contentType) {
        if (!contentType) {
            throw new Error("content type cannot be undefined or empty");
        }
        const vendorSpecificContentType = contentType.split(";")[0];
        let factory = this.contentTypeAssociatedFactories.get(vendorSpecificContentType);
        if (factory) {
            return factory.getSerializationWriter(vendorSpecificContentType);
        }
        const cleanedContentType = vendorSpecificContentType.replace(/[^/]+\+/gi, "");
        factory = this.contentTypeAssociatedFactories.get(cleanedContentType);
        if (factory) {
            return factory.getSerializationWriter(cleanedContentType);
        }
        throw new Error(`Content type ${cleanedContentType} does not have a factory registered to be serialized`);
    }
    /**
     * Registers the default serializer to the registry.
     * @param type the class of the factory to be registered.
     */
    registerDefaultSerializer(type) {
        if (!type)
            throw new Error("Type is required");
        const serializer = new type();
        this.contentTypeAssociatedFactories.set(serializer.getValidContentType(), serializer);
    }
    /**
     * Serializes a parsable object into a buffer
     * @param value the value to serialize
     * @param serializationFunction the serialization function for the model type
     * @returns a buffer containing the serialized value
     */
    serializeToJson(value, serializationFunction) {
        return this.serialize(this.jsonContentType, value, serializationFunction);
    }
    /**
     * Serializes a parsable object into a string representation
     * @param value the value to serialize
     * @param serializationFunction the serialization function for the model type
     * @returns a string representing the serialized value
     */
    serializeToJsonAsString(value, serializationFunction) {
        return this.serializeToString(this.jsonContentType, value, serializationFunction);
    }
    /**
     * Serializes a collection of parsable objects into a buffer
     * @param values the value to serialize
     * @param serializationFunction the serialization function for the model type
     * @returns a string representing the serialized value
     */
    serializeCollectionToJson(values, serializationFunction) {
        return this.serializeCollection(this.jsonContentType, values, serializationFunction);
    }
    /**
     * Serializes a collection of parsable objects into a string representation
     * @param values the value to serialize
     * @param serializationFunction the serialization function for the model type
     * @returns a string representing the serialized value
     */
    serializeCollectionToJsonAsString(values, serializationFunction) {
        return this.serializeCollectionToString(this.jsonContentType, values, serializationFunction);
    }
    /**
     * Serializes a parsable object into a buffer
     * @param contentType the content type to serialize to
     * @param value the value to serialize
     * @param serializationFunction the serialization function for the model type
     * @returns a buffer containing the serialized value
     */
    serialize(contentType, value, serializationFunction) {
        const writer = this.getSerializationFactoryWriter(contentType, value, serializationFunction);
        writer.writeObjectValue(undefined, value, serializationFunction);
        return writer.getSerializedContent();
    }
    /**
     * Serializes a parsable object into a string representation
     * @param contentType the content type to serialize to
     * @param value the value to serialize
     * @param serializationFunction the serialization function for the model type
     * @returns a string representing the serialized value
     */
    serializeToString(contentType, value, serializationFunction) {
        const buffer = this.serialize(contentType, value, serializationFunction);
        return this.getStringValueFromBuffer(buffer);
    }
    /**
     * Serializes a collection of parsable objects into a buffer
     * @param contentType the content type to serialize to
     * @param values the value to serialize
     * @param serializationFunction the serialization function for the model type
     * @returns a string representing the serialized value
     */
    serializeCollection(contentType, values, serializationFunction) {
        const writer = this.getSerializationFactoryWriter(contentType, values, serializationFunction);
        writer.writeCollectionOfObjectValues(undefined, values, serializationFunction);
        return writer.getSerializedContent();
    }
    /**
     * Serializes a collection of parsable objects into a string representation
     * @param contentType the content type to serialize to
     * @param values the value to serialize
     * @param serializationFunction the serialization function for the model type
     * @returns a string representing the serialized value
     */
    serializeCollectionToString(contentType, values, serializationFunction) {
        const buffer = this.serializeCollection(contentType, values, serializationFunction);
        return this.getStringValueFromBuffer(buffer);
    }
    /**
     * Gets a serialization writer for a given content type
     * @param contentType the content type to serialize to
     * @param value the value to serialize
     * @param serializationFunction the serialization function for the model type
     * @returns the serialization writer for the given content type
     */
    getSerializationFactoryWriter(contentType, value, serializationFunction) {
        if (!contentType) {
            throw new Error("content type cannot be undefined or empty");
        }
        if (!value) {
            throw new Error("value cannot be undefined");
        }
        if (!serializationFunction) {
            throw new Error("serializationFunction cannot be undefined");
        }
        return this.getSerializationWriter(contentType);
    }
    /**
     * Gets a string value from a buffer
     * @param buffer the buffer to get a string from
     * @returns the string representation of the buffer
     */
    getStringValueFromBuffer(buffer) {
        const decoder = new TextDecoder();
        return decoder.decode(buffer);
    }
}
//# sourceMappingURL=serializationWriterFactoryRegistry.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/parseNodeFactoryRegistry.js
/**
 * This factory holds a list of all the registered factories for the various types of nodes.
 */
class ParseNodeFactoryRegistry {
    constructor() {
        /**
         * The content type for JSON data.
         */
        this.jsonContentType = "application/json";
        /** List of factories that are registered by content type. */
        this.contentTypeAssociatedFactories = new Map();
    }
    getValidContentType() {
        throw new Error("The registry supports multiple content types. Get the registered factory instead.");
    }
    /**
     * Creates a {@link ParseNode} from the given {@link ArrayBuffer} and content type.
     * @param contentType the content type of the {@link ArrayBuffer}.
     * @param content the {@link ArrayBuffer} to read from.
     * @returns a {@link ParseNode} that can deserialize the given {@link ArrayBuffer}.
     */
    getRootParseNode(contentType, content) {
        if (!contentType) {
            throw new Error("content type cannot be undefined or empty");
        }
        if (!content) {
            throw new Error("content cannot be undefined or empty");
        }
        const vendorSpecificContentType = contentType.split(";")[0];
        let factory = this.contentTypeAssociatedFactories.get(vendorSpecificContentType);
        if (factory) {
            return factory.getRootParseNode(vendorSpecificContentType, content);
        }
        const cleanedContentType = vendorSpecificContentType.replace(/[^/]+\+/gi, "");
        factory = this.contentTypeAssociatedFactories.get(cleanedContentType);
        if (factory) {
            return factory.getRootParseNode(cleanedContentType, content);
        }
        throw new Error(`Content type ${cleanedContentType} does not have a factory registered to be parsed`);
    }
    /**
     * Registers the default deserializer to the registry.
     * @param type the class of the factory to be registered.
     * @param backingStoreFactory The backing store factory to use.
     */
    registerDefaultDeserializer(type, backingStoreFactory) {
        if (!type)
            throw new Error("Type is required");
        const deserializer = new type(backingStoreFactory);
        this.contentTypeAssociatedFactories.set(deserializer.getValidContentType(), deserializer);
    }
    /**
     * Deserializes a buffer into a parsable object
     * @param bufferOrString the value to serialize
     * @param factory the factory for the model type
     * @returns the deserialized parsable object
     */
    deserializeFromJson(bufferOrString, factory) {
        return this.deserialize(this.jsonContentType, bufferOrString, factory);
    }
    /**
     * Deserializes a buffer into a collection of parsable object
     * @param bufferOrString the value to serialize
     * @param factory the factory for the model type
     * @returns the deserialized collection of parsable objects
     */
    deserializeCollectionFromJson(bufferOrString, factory) {
        return this.deserializeCollection(this.jsonContentType, bufferOrString, factory);
    }
    /**
     * Deserializes a buffer into a parsable object
     * @param contentType the content type to serialize to
     * @param bufferOrString the value to serialize
     * @param factory the factory for the model type
     * @returns the deserialized parsable object
     */
    deserialize(contentType, bufferOrString, factory) {
        if (typeof bufferOrString === "string") {
            bufferOrString = this.getBufferFromString(bufferOrString);
        }
        const reader = this.getParseNode(contentType, bufferOrString, factory);
        return reader.getObjectValue(factory);
    }
    /**
     * Deserializes a buffer into a parsable object
     * @param contentType the content type to serialize to
     * @param buffer the value to deserialize
     * @param factory the factory for the model type
     * @returns the deserialized parsable object
     */
    getParseNode(contentType, buffer, factory) {
        if (!contentType) {
            throw new Error("content type cannot be undefined or empty");
        }
        if (!buffer) {
            throw new Error("buffer cannot be undefined");
        }
        if (!factory) {
            throw new Error("factory cannot be undefined");
        }
        return this.getRootParseNode(contentType, buffer);
    }
    /**
     * Deserializes a buffer into a collection of parsable object
     * @param contentType the content type to serialize to
     * @param bufferOrString the value to serialize
     * @param factory the factory for the model type
     * @returns the deserialized collection of parsable objects
     */
    deserializeCollection(contentType, bufferOrString, factory) {
        if (typeof bufferOrString === "string") {
            bufferOrString = this.getBufferFromString(bufferOrString);
        }
        const reader = this.getParseNode(contentType, bufferOrString, factory);
        return reader.getCollectionOfObjectValues(factory);
    }
    /**
     * Deserializes a buffer into a a collection of parsable object
     * @param value the string to get a buffer from
     * @returns the ArrayBuffer representation of the string
     */
    getBufferFromString(value) {
        const encoder = new TextEncoder();
        return encoder.encode(value).buffer;
    }
}
//# sourceMappingURL=parseNodeFactoryRegistry.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/parseNodeProxyFactory.js
/** Proxy factory that allows the composition of before and after callbacks on existing factories. */
class ParseNodeProxyFactory {
    getValidContentType() {
        return this._concrete.getValidContentType();
    }
    /**
     * Creates a new proxy factory that wraps the specified concrete factory while composing the before and after callbacks.
     * @param _concrete the concrete factory to wrap
     * @param _onBefore the callback to invoke before the deserialization of any model object.
     * @param _onAfter the callback to invoke after the deserialization of any model object.
     */
    constructor(_concrete, _onBefore, _onAfter) {
        this._concrete = _concrete;
        this._onBefore = _onBefore;
        this._onAfter = _onAfter;
        if (!_concrete) {
            throw new Error("_concrete cannot be undefined");
        }
    }
    getRootParseNode(contentType, content) {
        const node = this._concrete.getRootParseNode(contentType, content);
        const originalBefore = node.onBeforeAssignFieldValues;
        const originalAfter = node.onAfterAssignFieldValues;
        node.onBeforeAssignFieldValues = (value) => {
            if (this._onBefore)
                this._onBefore(value);
            if (originalBefore)
                originalBefore(value);
        };
        node.onAfterAssignFieldValues = (value) => {
            if (this._onAfter)
                this._onAfter(value);
            if (originalAfter)
                originalAfter(value);
        };
        return node;
    }
}
//# sourceMappingURL=parseNodeProxyFactory.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/store/backingStoreParseNodeFactory.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

/** Proxy implementation of ParseNodeFactory for the backing store that automatically sets the state of the backing store when deserializing. */
class BackingStoreParseNodeFactory extends ParseNodeProxyFactory {
    /**
     * Initializes a new instance of the BackingStoreParseNodeFactory class given the concrete implementation.
     * @param concrete the concrete implementation of the ParseNodeFactory
     */
    constructor(concrete) {
        super(concrete, (value) => {
            const backedModel = value;
            if (backedModel === null || backedModel === void 0 ? void 0 : backedModel.backingStore) {
                backedModel.backingStore.initializationCompleted = false;
            }
        }, (value) => {
            const backedModel = value;
            if (backedModel === null || backedModel === void 0 ? void 0 : backedModel.backingStore) {
                backedModel.backingStore.initializationCompleted = true;
            }
        });
    }
}
//# sourceMappingURL=backingStoreParseNodeFactory.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/serializationWriterProxyFactory.js
/** Proxy factory that allows the composition of before and after callbacks on existing factories. */
class SerializationWriterProxyFactory {
    getValidContentType() {
        return this._concrete.getValidContentType();
    }
    /**
     * Creates a new proxy factory that wraps the specified concrete factory while composing the before and after callbacks.
     * @param _concrete the concrete factory to wrap
     * @param _onBefore the callback to invoke before the serialization of any model object.
     * @param _onAfter the callback to invoke after the serialization of any model object.
     * @param _onStart the callback to invoke when the serialization of a model object starts
     */
    constructor(_concrete, _onBefore, _onAfter, _onStart) {
        this._concrete = _concrete;
        this._onBefore = _onBefore;
        this._onAfter = _onAfter;
        this._onStart = _onStart;
        if (!_concrete) {
            throw new Error("_concrete cannot be undefined");
        }
    }
    getSerializationWriter(contentType) {
        const writer = this._concrete.getSerializationWriter(contentType);
        const originalBefore = writer.onBeforeObjectSerialization;
        const originalAfter = writer.onAfterObjectSerialization;
        const originalStart = writer.onStartObjectSerialization;
        writer.onBeforeObjectSerialization = (value) => {
            if (this._onBefore)
                this._onBefore(value);
            if (originalBefore)
                originalBefore(value);
        };
        writer.onAfterObjectSerialization = (value) => {
            if (this._onAfter)
                this._onAfter(value);
            if (originalAfter)
                originalAfter(value);
        };
        writer.onStartObjectSerialization = (value, writer_) => {
            if (this._onStart)
                this._onStart(value, writer_);
            if (originalStart)
                originalStart(value, writer_);
        };
        return writer;
    }
}
//# sourceMappingURL=serializationWriterProxyFactory.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/store/backingStoreSerializationWriterProxyFactory.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

/** Proxy implementation of SerializationWriterFactory for the backing store that automatically sets the state of the backing store when serializing. */
class BackingStoreSerializationWriterProxyFactory extends SerializationWriterProxyFactory {
    /**
     * Initializes a new instance of the BackingStoreSerializationWriterProxyFactory class given a concrete implementation of SerializationWriterFactory.
     * @param concrete a concrete implementation of SerializationWriterFactory to wrap.
     */
    constructor(concrete) {
        super(concrete, (value) => {
            const backedModel = value;
            if (backedModel === null || backedModel === void 0 ? void 0 : backedModel.backingStore) {
                backedModel.backingStore.returnOnlyChangedValues = true;
            }
        }, (value) => {
            const backedModel = value;
            if (backedModel === null || backedModel === void 0 ? void 0 : backedModel.backingStore) {
                backedModel.backingStore.returnOnlyChangedValues = false;
                backedModel.backingStore.initializationCompleted = true;
            }
        }, (value, writer) => {
            const backedModel = value;
            if (backedModel === null || backedModel === void 0 ? void 0 : backedModel.backingStore) {
                const keys = backedModel.backingStore.enumerateKeysForValuesChangedToNull();
                for (const key of keys) {
                    writer.writeNullValue(key);
                }
            }
        });
    }
}
//# sourceMappingURL=backingStoreSerializationWriterProxyFactory.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/utils/guidUtils.js
const guidValidator = /^[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}$/i;
/**
 * Checks if the string is a valid GUID.
 * @param source the string to check.
 * @returns unchanged string if it is a valid GUID; otherwise, undefined.
 */
const parseGuidString = (source) => {
    if (source && guidValidator.test(source)) {
        return source;
    }
    return undefined;
};
/**
 * Generates a GUID.
 * @returns a GUID.
 */
const createGuid = () => [gen(2), gen(1), gen(1), gen(1), gen(3)].join("-");
/**
 * Generates a empty GUID.
 * @returns a empty GUID.
 */
const createEmptyGuid = () => "00000000-0000-0000-0000-000000000000";
/**
 * Generates a part of a GUID.
 * @param count the number of 2 byte chunks to generate.
 * @returns a part of a GUID.
 */
const gen = (count) => {
    let out = "";
    for (let i = 0; i < count; i++) {
        // eslint-disable-next-line no-bitwise
        out += (((1 + Math.random()) * 0x10000) | 0).toString(16).substring(1);
    }
    return out;
};
//# sourceMappingURL=guidUtils.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/store/inMemoryBackingStore.js

/** In-memory implementation of the backing store. Allows for dirty tracking of changes. */
class InMemoryBackingStore {
    constructor() {
        this.subscriptions = new Map();
        this.store = new Map();
        this.returnOnlyChangedValues = false;
        this._initializationCompleted = true;
    }
    get(key) {
        const wrapper = this.store.get(key);
        if (wrapper && ((this.returnOnlyChangedValues && wrapper.changed) || !this.returnOnlyChangedValues)) {
            return wrapper.value;
        }
        return undefined;
    }
    set(key, value) {
        const oldValueWrapper = this.store.get(key);
        const oldValue = oldValueWrapper === null || oldValueWrapper === void 0 ? void 0 : oldValueWrapper.value;
        if (oldValueWrapper) {
            oldValueWrapper.value = value;
            oldValueWrapper.changed = this.initializationCompleted;
        }
        else {
            this.store.set(key, {
                changed: this.initializationCompleted,
                value,
            });
        }
        this.subscriptions.forEach((sub) => {
            sub(key, oldValue, value);
        });
    }
    enumerate() {
        let filterableArray = [...this.store.entries()];
        if (this.returnOnlyChangedValues) {
            filterableArray = filterableArray.filter(([_, v]) => v.changed);
        }
        return filterableArray.map(([key, value]) => {
            return { key, value };
        });
    }
    enumerateKeysForValuesChangedToNull() {
        const keys = [];
        for (const [key, entry] of this.store) {
            if (entry.changed && !entry.value) {
                keys.push(key);
            }
        }
        return keys;
    }
    subscribe(callback, subscriptionId) {
        if (!callback) {
            throw new Error("callback cannot be undefined");
        }
        subscriptionId = subscriptionId !== null && subscriptionId !== void 0 ? subscriptionId : createGuid();
        this.subscriptions.set(subscriptionId, callback);
        return subscriptionId;
    }
    unsubscribe(subscriptionId) {
        this.subscriptions.delete(subscriptionId);
    }
    clear() {
        this.store.clear();
    }
    set initializationCompleted(value) {
        this._initializationCompleted = value;
        this.store.forEach((v) => {
            v.changed = !value;
        });
    }
    get initializationCompleted() {
        return this._initializationCompleted;
    }
}
//# sourceMappingURL=inMemoryBackingStore.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/store/inMemoryBackingStoreFactory.js

/** This class is used to create instances of InMemoryBackingStore */
class InMemoryBackingStoreFactory {
    createBackingStore() {
        return new InMemoryBackingStore();
    }
}
//# sourceMappingURL=inMemoryBackingStoreFactory.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/store/backedModelProxy.js
// A method that creates a ProxyHandler for a generic model T and attaches it to a backing store.
const createBackedModelProxyHandler = (backingStoreFactory) => {
    // Each model has a backing store that is created by the BackingStoreFactorySingleton
    const backingStore = backingStoreFactory.createBackingStore();
    /**
     * The ProxyHandler for the model.
     */
    const handler = {
        get: (_target, prop) => {
            if (prop === "backingStore") {
                return backingStore;
            }
            return backingStore.get(prop.toString());
        },
        set: (target, prop, value, receiver) => {
            if (prop === "backingStore") {
                console.warn(`BackingStore - Ignoring attempt to set 'backingStore' property`);
                return true;
            }
            // set the value on the target object as well to allow it to have keys needed for serialization/deserialization
            Reflect.set(target, prop, value, receiver);
            backingStore.set(prop.toString(), value);
            return true;
        },
    };
    return handler;
};
//# sourceMappingURL=backedModelProxy.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/store/backingStoreUtils.js
const BackingStoreKey = "backingStoreEnabled";
/**
 * Check if the object is an instance a BackedModel
 * @param fields The fields of the object
 * @returns boolean indicating if the object is a BackedModel
 */
const isBackingStoreEnabled = (fields) => {
    // Check if the fields contain the backing store key
    return Object.keys(fields).includes(BackingStoreKey);
};
//# sourceMappingURL=backingStoreUtils.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/store/index.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */









//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/apiClientBuilder.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */


/**
 * Enables the backing store on default serialization writers and the given serialization writer.
 * @param serializationWriterFactoryRegistry The serialization writer factory registry to enable the backing store on.
 * @param parseNodeFactoryRegistry The parse node factory registry to enable the backing store on.
 * @param original The serialization writer to enable the backing store on.
 * @returns A new serialization writer with the backing store enabled.
 */
const enableBackingStoreForSerializationWriterFactory = (serializationWriterFactoryRegistry, parseNodeFactoryRegistry, original) => {
    if (!original)
        throw new Error("Original must be specified");
    let result = original;
    if (original instanceof SerializationWriterFactoryRegistry) {
        enableBackingStoreForSerializationRegistry(original);
    }
    else {
        result = new BackingStoreSerializationWriterProxyFactory(original);
    }
    enableBackingStoreForSerializationRegistry(serializationWriterFactoryRegistry);
    enableBackingStoreForParseNodeRegistry(parseNodeFactoryRegistry);
    return result;
};
/**
 * Enables the backing store on default parse node factories and the given parse node factory.
 * @param parseNodeFactoryRegistry The parse node factory registry to enable the backing store on.
 * @param original The parse node factory to enable the backing store on.
 * @returns A new parse node factory with the backing store enabled.
 */
const enableBackingStoreForParseNodeFactory = (parseNodeFactoryRegistry, original) => {
    if (!original)
        throw new Error("Original must be specified");
    let result = original;
    if (original instanceof ParseNodeFactoryRegistry) {
        enableBackingStoreForParseNodeRegistry(original);
    }
    else {
        result = new BackingStoreParseNodeFactory(original);
    }
    enableBackingStoreForParseNodeRegistry(parseNodeFactoryRegistry);
    return result;
};
/**
 * Enables the backing store on the given parse node factory registry.
 * @param registry The parse node factory registry to enable the backing store on.
 */
const enableBackingStoreForParseNodeRegistry = (registry) => {
    for (const [k, v] of registry.contentTypeAssociatedFactories) {
        if (!(v instanceof BackingStoreParseNodeFactory || v instanceof ParseNodeFactoryRegistry)) {
            registry.contentTypeAssociatedFactories.set(k, new BackingStoreParseNodeFactory(v));
        }
    }
};
/**
 * Enables the backing store on the given serialization factory registry.
 * @param registry The serialization factory registry to enable the backing store on.
 */
const enableBackingStoreForSerializationRegistry = (registry) => {
    for (const [k, v] of registry.contentTypeAssociatedFactories) {
        if (!(v instanceof BackingStoreSerializationWriterProxyFactory || v instanceof SerializationWriterFactoryRegistry)) {
            registry.contentTypeAssociatedFactories.set(k, new BackingStoreSerializationWriterProxyFactory(v));
        }
    }
};
//# sourceMappingURL=apiClientBuilder.js.map
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace-api.mjs + 18 modules
var trace_api = __webpack_require__(41382);
;// CONCATENATED MODULE: ./node_modules/@std-uritemplate/std-uritemplate/dist/index.mjs
class StdUriTemplate {
    static expand(template, substitutions) {
        return StdUriTemplate.expandImpl(template, substitutions);
    }
    static validateLiteral(c, col) {
        switch (c) {
            case '+':
            case '#':
            case '/':
            case ';':
            case '?':
            case '&':
            case ' ':
            case '!':
            case '=':
            case '$':
            case '|':
            case '*':
            case ':':
            case '~':
            case '-':
                throw new Error(`Illegal character identified in the token at col: ${col}`);
            default:
                break;
        }
    }
    static getMaxChar(buffer, col) {
        if (!buffer) {
            return -1;
        }
        else {
            const value = buffer.join('');
            if (value.length === 0) {
                return -1;
            }
            else {
                if (value.startsWith('0')) {
                    throw new Error(`Cannot parse max chars at col: ${col}`);
                }
                const parsed = parseInt(value, 10);
                if (isNaN(parsed) || parsed < 1 || parsed > 9999) {
                    throw new Error(`Cannot parse max chars at col: ${col}`);
                }
                return parsed;
            }
        }
    }
    static getOperator(c, token, col) {
        switch (c) {
            case '+':
                return 1 /* Operator.PLUS */;
            case '#':
                return 2 /* Operator.HASH */;
            case '.':
                return 3 /* Operator.DOT */;
            case '/':
                return 4 /* Operator.SLASH */;
            case ';':
                return 5 /* Operator.SEMICOLON */;
            case '?':
                return 6 /* Operator.QUESTION_MARK */;
            case '&':
                return 7 /* Operator.AMP */;
            default:
                StdUriTemplate.validateLiteral(c, col);
                token.push(c);
                return 0 /* Operator.NO_OP */;
        }
    }
    static expandImpl(str, substitutions) {
        const result = [];
        let token = null;
        let operator = null;
        let composite = false;
        let maxCharBuffer = null;
        let firstToken = true;
        for (let i = 0; i < str.length; i++) {
            const character = str.charAt(i);
            switch (character) {
                case '{':
                    token = [];
                    firstToken = true;
                    break;
                case '}':
                    if (token !== null) {
                        if (maxCharBuffer !== null && maxCharBuffer.length === 0) {
                            throw new Error(`Found an empty prefix at col: ${i}`);
                        }
                        const expanded = StdUriTemplate.expandToken(operator, token.join(''), composite, StdUriTemplate.getMaxChar(maxCharBuffer, i), firstToken, substitutions, result, i);
                        if (expanded && firstToken) {
                            firstToken = false;
                        }
                        token = null;
                        operator = null;
                        composite = false;
                        maxCharBuffer = null;
                    }
                    else {
                        throw new Error(`Failed to expand token, invalid at col: ${i}`);
                    }
                    break;
                case ',':
                    if (token !== null) {
                        if (maxCharBuffer !== null && maxCharBuffer.length === 0) {
                            throw new Error(`Found an empty prefix at col: ${i}`);
                        }
                        const expanded = StdUriTemplate.expandToken(operator, token.join(''), composite, StdUriTemplate.getMaxChar(maxCharBuffer, i), firstToken, substitutions, result, i);
                        if (expanded && firstToken) {
                            firstToken = false;
                        }
                        token = [];
                        composite = false;
                        maxCharBuffer = null;
                        break;
                    }
                // Intentional fall-through for commas outside the {}
                default:
                    if (token !== null) {
                        if (operator === null) {
                            operator = StdUriTemplate.getOperator(character, token, i);
                        }
                        else if (maxCharBuffer !== null) {
                            if (character >= '0' && character <= '9') {
                                maxCharBuffer.push(character);
                            }
                            else {
                                throw new Error(`Illegal character identified in the token at col: ${i}`);
                            }
                        }
                        else {
                            if (character === ':') {
                                maxCharBuffer = [];
                            }
                            else if (character === '*') {
                                composite = true;
                            }
                            else {
                                StdUriTemplate.validateLiteral(character, i);
                                token.push(character);
                            }
                        }
                    }
                    else {
                        const cp = character.codePointAt(0);
                        if (cp > 0x7F || (cp >= 0xD800 && cp <= 0xDBFF)) {
                            let toEncode;
                            if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < str.length) {
                                toEncode = character + str.charAt(++i);
                            }
                            else {
                                toEncode = character;
                            }
                            result.push(encodeURIComponent(toEncode));
                        }
                        else {
                            result.push(character);
                        }
                    }
                    break;
            }
        }
        if (token === null) {
            return result.join('');
        }
        else {
            throw new Error('Unterminated token');
        }
    }
    static addPrefix(op, result) {
        switch (op) {
            case 2 /* Operator.HASH */:
                result.push('#');
                break;
            case 3 /* Operator.DOT */:
                result.push('.');
                break;
            case 4 /* Operator.SLASH */:
                result.push('/');
                break;
            case 5 /* Operator.SEMICOLON */:
                result.push(';');
                break;
            case 6 /* Operator.QUESTION_MARK */:
                result.push('?');
                break;
            case 7 /* Operator.AMP */:
                result.push('&');
                break;
            default:
                return;
        }
    }
    static addSeparator(op, result) {
        switch (op) {
            case 3 /* Operator.DOT */:
                result.push('.');
                break;
            case 4 /* Operator.SLASH */:
                result.push('/');
                break;
            case 5 /* Operator.SEMICOLON */:
                result.push(';');
                break;
            case 6 /* Operator.QUESTION_MARK */:
            case 7 /* Operator.AMP */:
                result.push('&');
                break;
            default:
                result.push(',');
                return;
        }
    }
    static addValue(op, token, value, result, maxChar) {
        switch (op) {
            case 1 /* Operator.PLUS */:
            case 2 /* Operator.HASH */:
                StdUriTemplate.addExpandedValue(null, value, result, maxChar, false);
                break;
            case 6 /* Operator.QUESTION_MARK */:
            case 7 /* Operator.AMP */:
                result.push(`${token}=`);
                StdUriTemplate.addExpandedValue(null, value, result, maxChar, true);
                break;
            case 5 /* Operator.SEMICOLON */:
                result.push(token);
                StdUriTemplate.addExpandedValue('=', value, result, maxChar, true);
                break;
            case 3 /* Operator.DOT */:
            case 4 /* Operator.SLASH */:
            case 0 /* Operator.NO_OP */:
                StdUriTemplate.addExpandedValue(null, value, result, maxChar, true);
                break;
        }
    }
    static addValueElement(op, token, value, result, maxChar) {
        switch (op) {
            case 1 /* Operator.PLUS */:
            case 2 /* Operator.HASH */:
                StdUriTemplate.addExpandedValue(null, value, result, maxChar, false);
                break;
            case 6 /* Operator.QUESTION_MARK */:
            case 7 /* Operator.AMP */:
            case 5 /* Operator.SEMICOLON */:
            case 3 /* Operator.DOT */:
            case 4 /* Operator.SLASH */:
            case 0 /* Operator.NO_OP */:
                StdUriTemplate.addExpandedValue(null, value, result, maxChar, true);
                break;
        }
    }
    static isSurrogate(cp) {
        const codeUnit = cp.charCodeAt(0);
        return (codeUnit >= 0xD800 && codeUnit <= 0xDBFF);
    }
    static isIprivate(cp) {
        return 0xE000 <= cp.charCodeAt(0) && cp.charCodeAt(0) <= 0xF8FF;
    }
    static isUcschar(cp) {
        const codePoint = cp.codePointAt(0) || 0;
        return (0xA0 <= codePoint && codePoint <= 0xD7FF) ||
            (0xF900 <= codePoint && codePoint <= 0xFDCF) ||
            (0xFDF0 <= codePoint && codePoint <= 0xFFEF);
    }
    static addExpandedValue(prefix, value, result, maxChar, replaceReserved) {
        const stringValue = StdUriTemplate.convertNativeTypes(value);
        const codePoints = Array.from(stringValue);
        const max = maxChar !== -1 ? Math.min(maxChar, codePoints.length) : codePoints.length;
        let reservedBuffer = undefined;
        if (max > 0 && prefix != null) {
            result.push(prefix);
        }
        for (let i = 0; i < max; i++) {
            const character = codePoints[i];
            if (character === '%' && !replaceReserved) {
                reservedBuffer = [];
            }
            let toAppend = character;
            const cp = character.codePointAt(0) || 0;
            if (cp > 0xFFFF) {
                toAppend = encodeURIComponent(character);
            }
            else if (replaceReserved || StdUriTemplate.isUcschar(character) || StdUriTemplate.isIprivate(character)) {
                if (character === '!') { // Specific to JS/TS: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/encodeURIComponent#description
                    toAppend = '%21';
                }
                else {
                    toAppend = encodeURIComponent(toAppend);
                }
            }
            if (reservedBuffer) {
                reservedBuffer.push(toAppend);
                if (reservedBuffer.length === 3) {
                    let isEncoded = false;
                    try {
                        const reserved = reservedBuffer.join('');
                        const decoded = decodeURIComponent(reservedBuffer.join(''));
                        isEncoded = (reserved !== decoded);
                    }
                    catch (e) {
                        // ignore
                    }
                    if (isEncoded) {
                        result.push(reservedBuffer.join(''));
                    }
                    else {
                        result.push('%25');
                        // only if !replaceReserved
                        result.push(reservedBuffer.slice(1).join(''));
                    }
                    reservedBuffer = undefined;
                }
            }
            else {
                if (character === ' ') {
                    result.push('%20');
                }
                else if (character === '%') {
                    result.push('%25');
                }
                else {
                    result.push(toAppend);
                }
            }
        }
        if (reservedBuffer) {
            result.push('%25');
            result.push(reservedBuffer.slice(1).join(''));
        }
    }
    static isList(value) {
        return Array.isArray(value) || value instanceof Set;
    }
    static isMap(value) {
        return value instanceof Map || typeof value === 'object';
    }
    static getSubstitutionType(value, col) {
        if (value === undefined || value === null) {
            return 0 /* SubstitutionType.EMPTY */;
        }
        else if (StdUriTemplate.isNativeType(value)) {
            return 1 /* SubstitutionType.STRING */;
        }
        else if (StdUriTemplate.isList(value)) {
            return 2 /* SubstitutionType.LIST */;
        }
        else if (StdUriTemplate.isMap(value)) {
            return 3 /* SubstitutionType.MAP */;
        }
        else {
            throw new Error(`Illegal class passed as substitution, found ${typeof value} at col: ${col}`);
        }
    }
    static isEmpty(substType, value) {
        if (value === undefined || value === null) {
            return true;
        }
        else {
            switch (substType) {
                case 1 /* SubstitutionType.STRING */:
                    return false;
                case 2 /* SubstitutionType.LIST */:
                    return value.length === 0;
                case 3 /* SubstitutionType.MAP */:
                    return Object.keys(value).length === 0;
                default:
                    return true;
            }
        }
    }
    static isNativeType(value) {
        return (typeof value === 'string' ||
            typeof value === 'number' ||
            typeof value === 'boolean');
    }
    static convertNativeTypes(value) {
        if (typeof value === 'string') {
            return value;
        }
        else if (typeof value === 'number' || typeof value === 'boolean') {
            return value.toString();
        }
        else {
            throw new Error(`Illegal class passed as substitution, found ${typeof value}`);
        }
    }
    static isHexDigit(c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }
    static checkVarname(token, col) {
        if (token.startsWith('.') || token.endsWith('.')) {
            throw new Error(`Invalid variable name at col: ${col}`);
        }
        if (token.indexOf('..') !== -1) {
            throw new Error(`Invalid variable name at col: ${col}`);
        }
        for (let i = 0; i < token.length; i++) {
            if (token.charAt(i) === '%') {
                if (i + 2 >= token.length || !StdUriTemplate.isHexDigit(token.charAt(i + 1)) || !StdUriTemplate.isHexDigit(token.charAt(i + 2))) {
                    throw new Error(`Invalid variable name at col: ${col}`);
                }
            }
        }
    }
    static expandToken(operator, token, composite, maxChar, firstToken, substitutions, result, col) {
        if (token.length === 0) {
            throw new Error(`Found an empty token at col: ${col}`);
        }
        StdUriTemplate.checkVarname(token, col);
        const value = substitutions[token];
        const substType = StdUriTemplate.getSubstitutionType(value, col);
        if (substType === 0 /* SubstitutionType.EMPTY */ || StdUriTemplate.isEmpty(substType, value)) {
            return false;
        }
        if (firstToken) {
            StdUriTemplate.addPrefix(operator, result);
        }
        else {
            StdUriTemplate.addSeparator(operator, result);
        }
        switch (substType) {
            case 1 /* SubstitutionType.STRING */:
                StdUriTemplate.addStringValue(operator, token, value, result, maxChar);
                break;
            case 2 /* SubstitutionType.LIST */:
                StdUriTemplate.addListValue(operator, token, value, result, maxChar, composite);
                break;
            case 3 /* SubstitutionType.MAP */:
                StdUriTemplate.addMapValue(operator, token, value, result, maxChar, composite);
                break;
        }
        return true;
    }
    static addStringValue(operator, token, value, result, maxChar) {
        StdUriTemplate.addValue(operator, token, value, result, maxChar);
    }
    static addListValue(operator, token, value, result, maxChar, composite) {
        let first = true;
        for (const v of value) {
            if (first) {
                StdUriTemplate.addValue(operator, token, v, result, maxChar);
                first = false;
            }
            else {
                if (composite) {
                    StdUriTemplate.addSeparator(operator, result);
                    StdUriTemplate.addValue(operator, token, v, result, maxChar);
                }
                else {
                    result.push(',');
                    StdUriTemplate.addValueElement(operator, token, v, result, maxChar);
                }
            }
        }
    }
    static addMapValue(operator, token, value, result, maxChar, composite) {
        let first = true;
        if (maxChar !== -1) {
            throw new Error('Value trimming is not allowed on Maps');
        }
        for (const key in value) {
            const v = value[key];
            if (composite) {
                if (!first) {
                    StdUriTemplate.addSeparator(operator, result);
                }
                StdUriTemplate.addValueElement(operator, token, key, result, maxChar);
                result.push('=');
            }
            else {
                if (first) {
                    StdUriTemplate.addValue(operator, token, key, result, maxChar);
                }
                else {
                    result.push(',');
                    StdUriTemplate.addValueElement(operator, token, key, result, maxChar);
                }
                result.push(',');
            }
            StdUriTemplate.addValueElement(operator, token, v, result, maxChar);
            first = false;
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/dateOnly.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * Represents a date only. ISO 8601.
 */
class DateOnly {
    /**
     * Creates a new DateOnly from the given string.
     * @param root0 The year, month, and day
     * @param root0.year The year
     * @param root0.month The month
     * @param root0.day The day
     * @returns The new DateOnly
     * @throws An error if the year is invalid
     * @throws An error if the month is invalid
     * @throws An error if the day is invalid
     */
    constructor({ year = 0, month = 1, day = 1 }) {
        this.day = day;
        this.month = month;
        this.year = year;
    }
    /**
     * Creates a new DateOnly from the given date.
     * @param date The date
     * @returns The new DateOnly
     * @throws An error if the date is invalid
     */
    static fromDate(date) {
        if (!date) {
            throw new Error("Date cannot be undefined");
        }
        const result = new DateOnly({
            year: date.getFullYear(),
            month: date.getMonth() + 1,
            day: date.getDate(),
        });
        return result;
    }
    /**
     * Parses a string into a DateOnly. The string can be of the ISO 8601 time only format or a number representing the ticks of a Date.
     * @param value The value to parse
     * @returns The parsed DateOnly.
     * @throws An error if the value is invalid
     */
    static parse(value) {
        if (!value || value.length === 0) {
            return undefined;
        }
        // not using name groups as it's an ES2018 feature
        const exec = /^(\d{4,})-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])$/gi.exec(value);
        if (exec) {
            const year = parseInt(exec[1], 10);
            const month = parseInt(exec[2], 10);
            const day = parseInt(exec[3], 10);
            return new DateOnly({ year, month, day });
        }
        const ticks = Date.parse(value);
        if (!isNaN(ticks)) {
            const date = new Date(ticks);
            return this.fromDate(date);
        }
        throw new Error(`Value is not a valid date-only representation: ${value}`);
    }
    /**
     *  Returns a string representation of the date in the format YYYY-MM-DD
     * @returns The date in the format YYYY-MM-DD ISO 8601
     */
    toString() {
        return `${formatSegment(this.year, 4)}-${formatSegment(this.month)}-${formatSegment(this.day)}`;
    }
}
/**
 * Formats a segment of a date to a string
 * @param segment The segment to format
 * @param digits The number of digits to pad
 * @returns The formatted segment
 */
const formatSegment = (segment, digits = 2) => {
    return segment.toString().padStart(digits, "0");
};
//# sourceMappingURL=dateOnly.js.map
// EXTERNAL MODULE: ./node_modules/tinyduration/dist/index.js
var dist = __webpack_require__(13815);
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/duration.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

/**
 * Represents a duration value. ISO 8601.
 */
class Duration {
    /**
     * Creates a new Duration value from the given parameters.
     * @param root0 The years, months, weeks, days, hours, minutes, seconds, and negative flag
     * @param root0.years The years
     * @param root0.months The months
     * @param root0.weeks The weeks
     * @param root0.days The days
     * @param root0.hours The hours
     * @param root0.minutes The minutes
     * @param root0.seconds The seconds
     * @param root0.negative The negative flag
     * @returns The new Duration
     * @throws An error if years is invalid
     * @throws An error if months is invalid
     * @throws An error if weeks is invalid
     * @throws An error if days is invalid
     * @throws An error if hours is invalid
     * @throws An error if minutes is invalid
     * @throws An error if seconds is invalid
     * @throws An error if weeks is used in combination with years or months
     */
    constructor({ years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0, negative = false }) {
        if (years < 0 || years > 9999) {
            throw new Error("Year must be between 0 and 9999");
        }
        if (months < 0) {
            throw new Error("Month must be greater or equal to 0");
        }
        if (weeks < 0) {
            throw new Error("Week must be greater or equal to 0");
        }
        if (days < 0) {
            throw new Error("Day must be greater or equal to 0");
        }
        if (hours < 0) {
            throw new Error("Hour must be greater or equal to 0");
        }
        if (minutes < 0) {
            throw new Error("Minute must be greater or equal to 0");
        }
        if (seconds < 0) {
            throw new Error("Second must be greater or equal to 0");
        }
        if (weeks > 0 && (days > 0 || hours > 0 || minutes > 0 || seconds > 0)) {
            throw new Error("Cannot have weeks and days or hours or minutes or seconds");
        }
        if ((years > 0 || months > 0) && weeks > 0) {
            throw new Error("Cannot have weeks and months or weeks and years");
        }
        this.years = years;
        this.months = months;
        this.weeks = weeks;
        this.days = days;
        this.hours = hours;
        this.minutes = minutes;
        this.seconds = seconds;
        this.negative = negative;
    }
    /**
     * Parses a string into a Duration. The string can be of the ISO 8601 duration format.
     * @param value The value to parse
     * @returns The parsed Duration.
     * @throws An error if the value is invalid
     */
    static parse(value) {
        var _a, _b, _c, _d, _e, _f, _g, _h;
        if (!value || value.length === 0) {
            return undefined;
        }
        const duration = (0,dist/* parse */.qg)(value);
        return new Duration({
            years: (_a = duration.years) !== null && _a !== void 0 ? _a : 0,
            months: (_b = duration.months) !== null && _b !== void 0 ? _b : 0,
            weeks: (_c = duration.weeks) !== null && _c !== void 0 ? _c : 0,
            days: (_d = duration.days) !== null && _d !== void 0 ? _d : 0,
            hours: (_e = duration.hours) !== null && _e !== void 0 ? _e : 0,
            minutes: (_f = duration.minutes) !== null && _f !== void 0 ? _f : 0,
            seconds: (_g = duration.seconds) !== null && _g !== void 0 ? _g : 0,
            negative: (_h = duration.negative) !== null && _h !== void 0 ? _h : false,
        });
    }
    /**
     * Serializes the duration to a string in the ISO 8601 duration format.
     * @returns The serialized duration.
     */
    toString() {
        return (0,dist/* serialize */.lK)(this);
    }
}
//# sourceMappingURL=duration.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/recordWithCaseInsensitiveKeys.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * A function that takes a property name and returns its canonical form.
 * @param canon The function that canonicalizes the property name.
 * @returns A new object that can be used as a dictionary with case-insensitive keys.
 */
const dictionaryWithCanonicalKeys = (canon) => {
    const keysNormalizationMap = new Map();
    return new Proxy({}, {
        /**
         * Intercept the get operation on the dictionary object and forward it to the target object using Reflect.get.
         * @param target The target object.
         * @param prop The property to get.
         * @returns The value of the property.
         */
        get: (target, prop) => {
            const normalKey = canon(prop);
            return Reflect.get(target, normalKey);
        },
        /**
         * Intercept the set operation on the dictionary object and forward it to the target object using Reflect.set.
         * @param target The target object.
         * @param prop The property to set.
         * @param value The value to set.
         * @returns A boolean indicating whether the property was set.
         */
        set: (target, prop, value) => {
            const nonNormalKey = prop.toString();
            const normalKey = canon(prop);
            keysNormalizationMap.set(normalKey, nonNormalKey);
            return Reflect.set(target, normalKey, value);
        },
        /**
         * Intercept the has operation on the dictionary object and forward it to the target object using Reflect.has.
         * @param _ the target object.
         * @param prop The property to check.
         * @returns A boolean indicating whether the property exists.
         */
        has: (_, prop) => {
            const normalKey = canon(prop);
            return keysNormalizationMap.has(normalKey);
        },
        /**
         * Intercept the defineProperty operation on the dictionary object and forward it to the target object using Reflect.defineProperty.
         * @param target The target object.
         * @param prop The property to define.
         * @param attribs The attributes of the property.
         * @returns A boolean indicating whether the property was defined.
         */
        defineProperty: (target, prop, attribs) => {
            const nonNormalKey = prop.toString();
            const normalKey = canon(prop);
            keysNormalizationMap.set(normalKey, nonNormalKey);
            return Reflect.defineProperty(target, normalKey, attribs);
        },
        /**
         * Intercept the deleteProperty operation on the dictionary object and forward it to the target object using Reflect.deleteProperty.
         * @param target The target object.
         * @param prop The property to delete.
         * @returns A boolean indicating whether the property was deleted.
         */
        deleteProperty: (target, prop) => {
            const normalKey = canon(prop);
            keysNormalizationMap.delete(normalKey);
            return Reflect.deleteProperty(target, normalKey);
        },
        /**
         * Intercept the getOwnPropertyDescriptor operation on the dictionary object and forward it to the target object using Reflect.getOwnPropertyDescriptor.
         * @param target The target object.
         * @param prop The property to gets its descriptor.
         * @returns The property descriptor.
         */
        getOwnPropertyDescriptor: (target, prop) => {
            return Reflect.getOwnPropertyDescriptor(target, canon(prop));
        },
        ownKeys: () => {
            return [...keysNormalizationMap.values()];
        },
    });
};
/**
 * A wrapper for type Record that creates a Record with case insensitive keys
 * @returns A new object that can be used as a dictionary with case-insensitive keys.
 */
const createRecordWithCaseInsensitiveKeys = () => {
    /**
     * A function that takes a property name and returns its canonical form.
     * @param prop The property name to be canonicalized.
     * @returns The canonical form of the property name.
     */
    const record = dictionaryWithCanonicalKeys((p) => (typeof p === "string" ? p.toLowerCase() : p.toString().toLowerCase()));
    return record;
};
//# sourceMappingURL=recordWithCaseInsensitiveKeys.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/headers.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

/**
 * A collection class for HTTP headers. The keys are case-insensitive.
 * @example
 * ```typescript
 * const headers = new Headers();
 * headers.add("header1", "value1");
 * ```
 */
class Headers extends Map {
    /**
     * Creates a new Headers object.
     * @param entries An iterable object that contains key-value pairs. Each key-value pair must be an array with two elements: the key of the header, and the value of the header.
     * @example
     * ```typescript
     *  const entries: [string, Set<string>][] = [
     *    ['header1', new Set(['value1'])],
     *    ['header2', new Set(['value2', 'value3'])]
     *  ];
     *  const headers = new Headers(entries);
     * ```
     */
    constructor(entries) {
        super();
        this.headers = createRecordWithCaseInsensitiveKeys();
        this.singleValueHeaders = new Set(["Content-Type", "Content-Encoding", "Content-Length"]);
        if (entries) {
            entries.forEach(([key, value]) => {
                this.headers[key] = value;
            });
        }
    }
    /**
     * Sets a header with the specified name and value. If a header with the same name already exists, its value is appended with the specified value.
     * @param headerName the name of the header to set
     * @param headerValue the value of the header to set
     * @returns Headers object
     */
    set(headerName, headerValue) {
        this.add(headerName, ...headerValue);
        return this;
    }
    /**
     * Gets the values for the header with the specified name.
     * @param headerName The name of the header to get the values for.
     * @returns The values for the header with the specified name.
     * @throws Error if headerName is null or empty
     */
    get(headerName) {
        if (!headerName) {
            throw new Error("headerName cannot be null or empty");
        }
        return this.headers[headerName];
    }
    /**
     * Checks if a header exists.
     * @param key The name of the header to check for.
     * @returns whether or not a header with the given name/key exists.
     */
    has(key) {
        return !!key && !!this.headers[key];
    }
    /**
     * Delete the header with the specified name.
     * @param headerName The name of the header to delete.
     * @returns Whether or not the header existed and was deleted.
     * @throws Error if headerName is null or empty
     */
    delete(headerName) {
        if (!headerName) {
            throw new Error("headerName cannot be null or empty");
        }
        if (this.headers[headerName]) {
            delete this.headers[headerName];
            return true;
        }
        return false;
    }
    /**
     * clear the headers collection
     */
    clear() {
        for (const header in this.headers) {
            if (Object.prototype.hasOwnProperty.call(this.headers, header)) {
                delete this.headers[header];
            }
        }
    }
    /**
     * execute a provided function once per each header
     * @param callbackfn A function that accepts up to three arguments. forEach calls the callbackfn function one time for each header in the dictionary.
     * @param thisArg An object to which the this keyword can refer in the callbackfn function. If thisArg is omitted, undefined is used as the this value.
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    forEach(callbackfn, thisArg) {
        for (const header in this.headers) {
            if (Object.prototype.hasOwnProperty.call(this.headers, header)) {
                callbackfn.call(thisArg, this.headers[header], header, this);
            }
        }
    }
    /**
     * Adds values to the header with the specified name.
     * @param headerName The name of the header to add values to.
     * @param headerValues The values to add to the header.
     * @returns Whether or not the values were added to the header.
     */
    add(headerName, ...headerValues) {
        if (!headerName) {
            console.error("headerName cannot be null or empty");
            return false;
        }
        if (!headerValues) {
            console.error("headerValues cannot be null");
            return false;
        }
        if (headerValues.length === 0) {
            return false;
        }
        if (this.singleValueHeaders.has(headerName)) {
            this.headers[headerName] = new Set([headerValues[0]]);
        }
        else if (this.headers[headerName]) {
            headerValues.forEach((headerValue) => this.headers[headerName].add(headerValue));
        }
        else {
            this.headers[headerName] = new Set(headerValues);
        }
        return true;
    }
    /**
     * Adds values to the header with the specified name if it's not already present
     * @param headerName The name of the header to add values to.
     * @param headerValue The values to add to the header.
     * @returns If the headerValue have been added to the Dictionary.
     */
    tryAdd(headerName, headerValue) {
        if (!headerName) {
            throw new Error("headerName cannot be null or empty");
        }
        if (!headerValue) {
            throw new Error("headerValue cannot be null");
        }
        if (!this.headers[headerName]) {
            this.headers[headerName] = new Set([headerValue]);
            return true;
        }
        return false;
    }
    /**
     * Removes the specified value from the header with the specified name.
     * @param headerName The name of the header to remove the value from.
     * @param headerValue The value to remove from the header.
     * @returns Whether or not the header existed and was removed.
     * @throws Error if headerName is null or empty
     * @throws Error if headerValue is null
     */
    remove(headerName, headerValue) {
        if (!headerName) {
            throw new Error("headerName cannot be null or empty");
        }
        if (!headerValue) {
            throw new Error("headerValue cannot be null");
        }
        if (this.headers[headerName]) {
            const result = this.headers[headerName].delete(headerValue);
            if (this.headers[headerName].size === 0) {
                delete this.headers[headerName];
            }
            return result;
        }
        return false;
    }
    /**
     * Adds all the headers values from the specified headers collection.
     * @param headers The headers to update the current headers with.
     * @throws Error if headers is null
     */
    addAll(headers) {
        if (!headers) {
            throw new Error("headers cannot be null");
        }
        for (const header in headers.headers) {
            if (Object.prototype.hasOwnProperty.call(headers.headers, header)) {
                headers.headers[header].forEach((value) => this.add(header, value));
            }
        }
    }
    /**
     * Adds all headers from the request configuration value to the current headers collection.
     * Replaces any existing headers with the same key.
     * @param headers The headers to update the current headers with.
     * @throws Error if headers is null
     */
    addAllRaw(headers) {
        if (!headers) {
            throw new Error("headers cannot be null");
        }
        for (const header in headers) {
            if (Object.prototype.hasOwnProperty.call(headers, header)) {
                const headerValues = headers[header];
                if (Array.isArray(headerValues)) {
                    this.add(header, ...headerValues);
                }
                else {
                    this.add(header, headerValues);
                }
            }
        }
    }
    /**
     * Gets the values for the header with the specified name.
     * @param key The name of the header to get the values for.
     * @returns The values for the header with the specified name.
     * @throws Error if key is null or empty
     */
    tryGetValue(key) {
        if (!key) {
            throw new Error("key cannot be null or empty");
        }
        return this.headers[key] ? Array.from(this.headers[key]) : null;
    }
    /**
     * Override toString method for the headers collection
     * @returns a string representation of the headers collection
     */
    toString() {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-return
        return JSON.stringify(this.headers, (_key, value) => (value instanceof Set ? [...value] : value));
    }
    /**
     * check if the headers collection is empty
     * @returns a boolean indicating if the headers collection is empty
     */
    isEmpty() {
        return Object.keys(this.headers).length === 0;
    }
    /**
     * get keys of the headers collection
     * @returns an iterator of keys
     */
    keys() {
        return Object.keys(this.headers)[Symbol.iterator]();
    }
    /**
     * get entries
     * @returns an iterator of entries
     */
    entries() {
        return Object.entries(this.headers)[Symbol.iterator]();
    }
}
//# sourceMappingURL=headers.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/multipartBody.js

/**
 * Defines an interface for a multipart body for request or response.
 */
class MultipartBody {
    /**
     * Instantiates a new MultipartBody.
     */
    constructor() {
        this._parts = {};
        this._boundary = createGuid().replace(/-/g, "");
    }
    /**
     * Adds or replaces a part with the given name, content type and content.
     * @param partName the name of the part to add or replace.
     * @param partContentType the content type of the part to add or replace.
     * @param content the content of the part to add or replace. Must not be undefined.
     * @param serializationCallback the serialization callback to use when serializing the part.
     * @param fileName the name of the file associated with this part.
     */
    addOrReplacePart(partName, partContentType, content, serializationCallback, fileName) {
        if (!partName)
            throw new Error("partName cannot be undefined");
        if (!partContentType) {
            throw new Error("partContentType cannot be undefined");
        }
        if (content === undefined)
            throw new Error("content cannot be undefined");
        const normalizePartName = this.normalizePartName(partName);
        this._parts[normalizePartName] = {
            contentType: partContentType,
            content,
            originalName: partName,
            fileName,
            serializationCallback,
        };
    }
    /**
     * Gets the content of the part with the given name.
     * @param partName the name of the part to get the content for.
     * @returns the content of the part with the given name.
     */
    getPartValue(partName) {
        if (!partName)
            throw new Error("partName cannot be undefined");
        const normalizePartName = this.normalizePartName(partName);
        const candidate = this._parts[normalizePartName];
        if (!candidate)
            return undefined;
        return candidate.content;
    }
    /**
     * Removes the part with the given name.
     * @param partName the name of the part to remove.
     * @returns true if the part was removed, false if it did not exist.
     */
    removePart(partName) {
        if (!partName)
            throw new Error("partName cannot be undefined");
        const normalizePartName = this.normalizePartName(partName);
        if (!this._parts[normalizePartName])
            return false;
        delete this._parts[normalizePartName];
        return true;
    }
    /**
     * Gets the boundary used to separate each part.
     * @returns the boundary value.
     */
    getBoundary() {
        return this._boundary;
    }
    normalizePartName(original) {
        return original.toLocaleLowerCase();
    }
    /**
     * Lists all the parts in the multipart body.
     * WARNING: meant for internal use only
     * @returns the list of parts in the multipart body.
     */
    listParts() {
        return this._parts;
    }
}
const serializeMultipartBody = (writer, multipartBody = new MultipartBody()) => {
    if (!writer) {
        throw new Error("writer cannot be undefined");
    }
    if (!multipartBody) {
        throw new Error("multipartBody cannot be undefined");
    }
    if (!multipartBody.listParts) {
        throw new Error("multipartBody.listParts cannot be undefined");
    }
    if (!multipartBody.getBoundary) {
        throw new Error("multipartBody.getBoundary cannot be undefined");
    }
    const parts = multipartBody.listParts();
    if (Object.keys(parts).length === 0) {
        throw new Error("multipartBody cannot be empty");
    }
    const boundary = multipartBody.getBoundary();
    let first = true;
    for (const partName in parts) {
        if (Object.prototype.hasOwnProperty.call(parts, partName)) {
            if (first) {
                first = false;
            }
            else {
                writer.writeStringValue(undefined, "\r\n");
            }
            writer.writeStringValue(undefined, "--" + boundary);
            writer.writeStringValue(undefined, "\r\n");
            const part = parts[partName];
            writer.writeStringValue("Content-Type", part.contentType);
            writer.writeStringValue(undefined, "\r\n");
            writer.writeStringValue("Content-Disposition", `form-data; name="${part.originalName}"${part.fileName ? `; filename="${part.fileName}"` : ""}`);
            writer.writeStringValue(undefined, "\r\n");
            writer.writeStringValue(undefined, "\r\n");
            if (typeof part.content === "string") {
                writer.writeStringValue(undefined, part.content);
            }
            else if (part.content instanceof ArrayBuffer) {
                writer.writeByteArrayValue(undefined, new Uint8Array(part.content).buffer);
            }
            else if (part.content instanceof Uint8Array) {
                writer.writeByteArrayValue(undefined, part.content.buffer);
            }
            else if (part.serializationCallback) {
                if (!multipartBody.requestAdapter) {
                    throw new Error("requestAdapter cannot be undefined");
                }
                const serializationWriterFactory = multipartBody.requestAdapter.getSerializationWriterFactory();
                if (!serializationWriterFactory) {
                    throw new Error("serializationWriterFactory cannot be undefined");
                }
                const partSerializationWriter = serializationWriterFactory.getSerializationWriter(part.contentType);
                if (!partSerializationWriter) {
                    throw new Error("no serialization writer factory for content type: " + part.contentType);
                }
                partSerializationWriter.writeObjectValue(undefined, part.content, part.serializationCallback);
                const partContent = partSerializationWriter.getSerializedContent();
                writer.writeByteArrayValue(undefined, new Uint8Array(partContent).buffer);
            }
            else {
                throw new Error("unsupported content type for multipart body: " + typeof part.content);
            }
        }
    }
    writer.writeStringValue(undefined, "\r\n");
    writer.writeStringValue(undefined, "--" + boundary + "--");
    writer.writeStringValue(undefined, "\r\n");
};
const deserializeIntoMultipartBody = (_ = new MultipartBody()) => {
    throw new Error("Not implemented");
};
const createMessageFromDiscriminatorValue = (parseNode) => {
    if (!parseNode)
        throw new Error("parseNode cannot be undefined");
    return deserializeIntoMultipartBody;
};
//# sourceMappingURL=multipartBody.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/timeOnly.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

/*
 * Represents a time only. ISO 8601.
 */
class TimeOnly {
    /**
     * Creates a new TimeOnly from the given parameters.
     * @param root0 The hours, minutes, seconds, and milliseconds
     * @param root0.hours The hours
     * @param root0.minutes The minutes
     * @param root0.seconds The seconds
     * @param root0.picoseconds The milliseconds
     * @returns The new TimeOnly
     * @throws An error if the milliseconds are invalid
     * @throws An error if the seconds are invalid
     * @throws An error if the minutes are invalid
     * @throws An error if the hours are invalid
     * @throws An error if the milliseconds are invalid
     */
    constructor({ hours = 0, minutes = 0, seconds = 0, picoseconds = 0 }) {
        if (hours < 0 || hours > 23) {
            throw new Error("Hour must be between 0 and 23");
        }
        if (minutes < 0 || minutes > 59) {
            throw new Error("Minute must be between 0 and 59");
        }
        if (seconds < 0 || seconds > 59) {
            throw new Error("Second must be between 0 and 59");
        }
        if (picoseconds < 0 || picoseconds > 9999999) {
            throw new Error("Millisecond must be between 0 and 9999999");
        }
        this.hours = hours;
        this.minutes = minutes;
        this.seconds = seconds;
        this.picoseconds = picoseconds;
    }
    /**
     * Creates a new TimeOnly from the given date.
     * @param date The date
     * @returns The new TimeOnly
     * @throws An error if the date is invalid
     */
    static fromDate(date) {
        if (!date) {
            throw new Error("Date cannot be undefined");
        }
        return new TimeOnly({
            hours: date.getHours(),
            minutes: date.getMinutes(),
            seconds: date.getSeconds(),
            picoseconds: date.getMilliseconds() * 10000,
        });
    }
    /**
     * Parses a string into a TimeOnly. The string can be of the ISO 8601 time only format or a number representing the ticks of a Date.
     * @param value The value to parse
     * @returns The parsed TimeOnly.
     * @throws An error if the value is invalid
     */
    static parse(value) {
        var _a, _b, _c, _d;
        if (!value || value.length === 0) {
            return undefined;
        }
        const ticks = Date.parse(value);
        if (isNaN(ticks)) {
            // not using name groups as it's an ES2018 feature
            const exec = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:[.](\d{1,12}))?$/gi.exec(value);
            if (exec) {
                const hours = parseInt((_a = exec[1]) !== null && _a !== void 0 ? _a : "", 10);
                const minutes = parseInt((_b = exec[2]) !== null && _b !== void 0 ? _b : "", 10);
                const seconds = parseInt((_c = exec[3]) !== null && _c !== void 0 ? _c : "", 10);
                const milliseconds = parseInt((_d = exec[4]) !== null && _d !== void 0 ? _d : "0", 10);
                return new TimeOnly({
                    hours,
                    minutes,
                    seconds,
                    picoseconds: milliseconds,
                });
            }
            else {
                throw new Error("Value is not a valid time-only representation");
            }
        }
        else {
            const date = new Date(ticks);
            return this.fromDate(date);
        }
    }
    /**
     * Returns a string representation of the time in the format HH:MM:SS.SSSSSSS
     * @returns The time in the format HH:MM:SS.SSSSSSS
     * @throws An error if the time is invalid
     */
    toString() {
        return `${formatSegment(this.hours, 2)}:${formatSegment(this.minutes, 2)}:${formatSegment(this.seconds, 2)}.${formatSegment(this.picoseconds, 7)}`;
    }
}
//# sourceMappingURL=timeOnly.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/requestInformation.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */








/** This class represents an abstract HTTP request. */
class RequestInformation {
    /**
     * Initializes a request information instance with the provided values.
     * @param httpMethod The HTTP method for the request.
     * @param urlTemplate The URL template for the request.
     * @param pathParameters The path parameters for the request.
     */
    constructor(httpMethod, urlTemplate, pathParameters) {
        /** The path parameters for the request. */
        this.pathParameters = createRecordWithCaseInsensitiveKeys();
        /** The Query Parameters of the request. */
        this.queryParameters = createRecordWithCaseInsensitiveKeys();
        /** The Request Headers. */
        this.headers = new Headers();
        this._requestOptions = createRecordWithCaseInsensitiveKeys();
        /**
         * Sets the request body from a model with the specified content type.
         * @param requestAdapter The adapter service to get the serialization writer from.
         * @param contentType the content type.
         * @param value the models.
         * @param modelSerializerFunction the serialization function for the model type.
         */
        this.setContentFromParsable = (requestAdapter, contentType, value, modelSerializerFunction) => {
            trace_api/* trace */.u.getTracer(RequestInformation.tracerKey).startActiveSpan("setContentFromParsable", (span) => {
                try {
                    const writer = this.getSerializationWriter(requestAdapter, contentType, value);
                    if (value instanceof MultipartBody) {
                        contentType += "; boundary=" + value.getBoundary();
                    }
                    if (!this.headers) {
                        this.headers = new Headers();
                    }
                    if (Array.isArray(value)) {
                        span.setAttribute(RequestInformation.requestTypeKey, "object[]");
                        writer.writeCollectionOfObjectValues(undefined, value, modelSerializerFunction);
                    }
                    else {
                        span.setAttribute(RequestInformation.requestTypeKey, "object");
                        writer.writeObjectValue(undefined, value, modelSerializerFunction);
                    }
                    this.setContentAndContentType(writer, contentType);
                }
                finally {
                    span.end();
                }
            });
        };
        this.setContentAndContentType = (writer, contentType) => {
            if (contentType) {
                this.headers.tryAdd(RequestInformation.contentTypeHeader, contentType);
            }
            this.content = writer.getSerializedContent();
        };
        this.getSerializationWriter = (requestAdapter, contentType, ...values) => {
            if (!requestAdapter)
                throw new Error("httpCore cannot be undefined");
            if (!contentType)
                throw new Error("contentType cannot be undefined");
            if (!values || values.length === 0) {
                throw new Error("values cannot be undefined or empty");
            }
            return requestAdapter.getSerializationWriterFactory().getSerializationWriter(contentType);
        };
        /**
         * Sets the request body from a model with the specified content type.
         * @param requestAdapter The adapter service to get the serialization writer from.
         * @param contentType the content type.
         * @param value the scalar values to serialize.
         */
        this.setContentFromScalar = (requestAdapter, contentType, value) => {
            trace_api/* trace */.u.getTracer(RequestInformation.tracerKey).startActiveSpan("setContentFromScalar", (span) => {
                try {
                    const writer = this.getSerializationWriter(requestAdapter, contentType, value);
                    if (!this.headers) {
                        this.headers = new Headers();
                    }
                    if (Array.isArray(value)) {
                        span.setAttribute(RequestInformation.requestTypeKey, "[]");
                        writer.writeCollectionOfPrimitiveValues(undefined, value);
                    }
                    else {
                        const valueType = typeof value;
                        span.setAttribute(RequestInformation.requestTypeKey, valueType);
                        if (value === null || value === undefined || Number.isNaN(value)) {
                            writer.writeNullValue(undefined);
                        }
                        else if (valueType === "boolean") {
                            writer.writeBooleanValue(undefined, value);
                        }
                        else if (valueType === "string") {
                            writer.writeStringValue(undefined, value);
                        }
                        else if (value instanceof Date) {
                            writer.writeDateValue(undefined, value);
                        }
                        else if (value instanceof DateOnly) {
                            writer.writeDateOnlyValue(undefined, value);
                        }
                        else if (value instanceof TimeOnly) {
                            writer.writeTimeOnlyValue(undefined, value);
                        }
                        else if (value instanceof Duration) {
                            writer.writeDurationValue(undefined, value);
                        }
                        else if (valueType === "number") {
                            writer.writeNumberValue(undefined, value);
                        }
                        else if (Array.isArray(value)) {
                            writer.writeCollectionOfPrimitiveValues(undefined, value);
                        }
                        else {
                            throw new Error(`encountered unknown value type during serialization ${valueType}`);
                        }
                    }
                    this.setContentAndContentType(writer, contentType);
                }
                finally {
                    span.end();
                }
            });
        };
        /**
         * Sets the request body to be a binary stream.
         * @param value the binary stream
         * @param contentType the content type.
         */
        this.setStreamContent = (value, contentType) => {
            if (!contentType) {
                contentType = RequestInformation.binaryContentType;
            }
            this.headers.tryAdd(RequestInformation.contentTypeHeader, contentType);
            this.content = value;
        };
        if (httpMethod) {
            this.httpMethod = httpMethod;
        }
        if (urlTemplate) {
            this.urlTemplate = urlTemplate;
        }
        if (pathParameters) {
            this.pathParameters = pathParameters;
        }
    }
    /**
     * Gets the URL of the request
     * @returns the url string
     */
    get URL() {
        const rawUrl = this.pathParameters[RequestInformation.raw_url_key];
        if (this.uri) {
            return this.uri;
        }
        else if (rawUrl) {
            this.URL = rawUrl;
            return rawUrl;
        }
        else if (!this.queryParameters) {
            throw new Error("queryParameters cannot be undefined");
        }
        else if (!this.pathParameters) {
            throw new Error("pathParameters cannot be undefined");
        }
        else if (!this.urlTemplate) {
            throw new Error("urlTemplate cannot be undefined");
        }
        else {
            const data = {};
            for (const key in this.queryParameters) {
                if (this.queryParameters[key] !== null && this.queryParameters[key] !== undefined) {
                    data[key] = this.normalizeValue(this.queryParameters[key]);
                }
            }
            for (const key in this.pathParameters) {
                if (this.pathParameters[key] !== null && this.pathParameters[key] !== undefined) {
                    data[key] = this.normalizeValue(this.pathParameters[key]);
                }
            }
            return StdUriTemplate.expand(this.urlTemplate, data);
        }
    }
    /** Sets the URL of the request */
    set URL(url) {
        if (!url)
            throw new Error("URL cannot be undefined");
        this.uri = url;
        this.queryParameters = {};
        this.pathParameters = {};
    }
    /**
     * Gets the request options for the request.
     * @returns the request options.
     */
    getRequestOptions() {
        return this._requestOptions;
    }
    /**
     * Adds the headers for the request.
     * @param source The source collection to add the headers to
     */
    addRequestHeaders(source) {
        if (source) {
            this.headers.addAllRaw(source);
        }
    }
    /**
     * Adds the request options for the request.
     * @param options the options to add.
     */
    addRequestOptions(options) {
        if (!options || options.length === 0)
            return;
        options.forEach((option) => {
            this._requestOptions[option.getKey()] = option;
        });
    }
    /**
     * Removes the request options for the request.
     * @param options the options to remove.
     */
    removeRequestOptions(...options) {
        if (!options || options.length === 0)
            return;
        options.forEach((option) => {
            delete this._requestOptions[option.getKey()];
        });
    }
    normalizeValue(value) {
        if (value instanceof DateOnly || value instanceof TimeOnly || value instanceof Duration) {
            return value.toString();
        }
        if (value instanceof Date) {
            return value.toISOString();
        }
        if (Array.isArray(value)) {
            return value.map((val) => this.normalizeValue(val));
        }
        return value;
    }
    /**
     * Sets the query string parameters from a raw object.
     * @param q parameters the parameters.
     * @param p the mapping from code symbol to URI template parameter name.
     */
    setQueryStringParametersFromRawObject(q, p) {
        if (q === null || q === undefined)
            return;
        Object.entries(q).forEach(([k, v]) => {
            let key = k;
            if (p) {
                const keyCandidate = p[key];
                if (keyCandidate) {
                    key = keyCandidate;
                }
            }
            if (typeof v === "boolean" || typeof v === "number" || typeof v === "string" || Array.isArray(v))
                this.queryParameters[key] = v;
            else if (v instanceof DateOnly || v instanceof TimeOnly || v instanceof Duration)
                this.queryParameters[key] = v.toString();
            else if (v instanceof Date)
                this.queryParameters[key] = v.toISOString();
            else if (v === undefined)
                this.queryParameters[key] = undefined;
        });
    }
    /**
     * Configure the current request with headers, query parameters and options.
     * @param config the configuration object to use.
     * @param queryParametersMapper mapping between code symbols and URI template parameter names.
     */
    configure(config, queryParametersMapper) {
        if (!config)
            return;
        this.addRequestHeaders(config.headers);
        this.setQueryStringParametersFromRawObject(config.queryParameters, queryParametersMapper);
        this.addRequestOptions(config.options);
    }
}
RequestInformation.raw_url_key = "request-raw-url";
RequestInformation.binaryContentType = "application/octet-stream";
RequestInformation.contentTypeHeader = "Content-Type";
RequestInformation.tracerKey = "@microsoft/kiota-abstractions";
RequestInformation.requestTypeKey = "com.microsoft.kiota.request.type";
//# sourceMappingURL=requestInformation.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/getPathParameters.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

const getPathParameters = (parameters) => {
    const result = {};
    if (typeof parameters === "string") {
        result[RequestInformation.raw_url_key] = parameters;
    }
    else if (parameters) {
        for (const key in parameters) {
            if (Object.prototype.hasOwnProperty.call(parameters, key)) {
                result[key] = parameters[key];
            }
        }
    }
    return result;
};
//# sourceMappingURL=getPathParameters.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/httpMethod.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * Represents the HTTP method used by a request.
 */
var HttpMethod;
(function (HttpMethod) {
    /** The HTTP GET method */
    HttpMethod["GET"] = "GET";
    /** The HTTP POST method */
    HttpMethod["POST"] = "POST";
    /** The HTTP PATCH method */
    HttpMethod["PATCH"] = "PATCH";
    /** The HTTP DELETE method */
    HttpMethod["DELETE"] = "DELETE";
    /** The HTTP OPTIONS method */
    HttpMethod["OPTIONS"] = "OPTIONS";
    /** The HTTP CONNECT method */
    HttpMethod["CONNECT"] = "CONNECT";
    /** The HTTP TRACE method */
    HttpMethod["TRACE"] = "TRACE";
    /** The HTTP HEAD method */
    HttpMethod["HEAD"] = "HEAD";
    /** The HTTP PUT method */
    HttpMethod["PUT"] = "PUT";
    /** The HTTP QUERY method (RFC 10008) */
    HttpMethod["QUERY"] = "QUERY";
})(HttpMethod || (HttpMethod = {}));
//# sourceMappingURL=httpMethod.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/apiClientProxifier.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */



const sanitizeMethodName = (methodName) => {
    if (methodName.startsWith("to")) {
        return methodName.substring(2).replace("RequestInformation", "").toLowerCase();
    }
    return methodName;
};
const getRequestMethod = (key) => {
    switch (sanitizeMethodName(key)) {
        case "delete":
            return "delete";
        case "get":
            return "get";
        case "head":
            return "head";
        case "options":
            return "options";
        case "patch":
            return "patch";
        case "post":
            return "post";
        case "put":
            return "put";
        case "query":
            return "query";
        default:
            return undefined;
    }
};
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
const toRequestInformation = (urlTemplate, pathParameters, metadata, requestAdapter, httpMethod, body, bodyMediaType, requestConfiguration) => {
    const requestInfo = new RequestInformation(httpMethod, urlTemplate, pathParameters);
    requestInfo.configure(requestConfiguration, metadata.queryParametersMapper);
    addAcceptHeaderIfPresent(metadata, requestInfo);
    if (metadata.requestBodySerializer) {
        if (body === null || body === undefined)
            throw new Error("body cannot be undefined");
        if (typeof metadata.requestBodySerializer === "function") {
            requestInfo.setContentFromParsable(requestAdapter, metadata.requestBodyContentType ? metadata.requestBodyContentType : bodyMediaType, body, metadata.requestBodySerializer);
        }
        else {
            requestInfo.setContentFromScalar(requestAdapter, metadata.requestBodyContentType ? metadata.requestBodyContentType : bodyMediaType, body);
        }
    }
    else if (metadata.requestInformationContentSetMethod === "setStreamContent") {
        if (!body)
            throw new Error("body cannot be undefined");
        requestInfo.setStreamContent(body, metadata.requestBodyContentType ? metadata.requestBodyContentType : bodyMediaType);
    }
    return requestInfo;
};
const addAcceptHeaderIfPresent = (metadata, requestInfo) => {
    if (metadata.responseBodyContentType) {
        requestInfo.headers.tryAdd("Accept", metadata.responseBodyContentType);
    }
};
const getRequestMediaTypeUserDefinedValue = (requestMetadata, args) => {
    if (args.length > 2 && !requestMetadata.requestBodySerializer && requestMetadata.requestInformationContentSetMethod === "setStreamContent" && typeof args[1] === "string") {
        // request body with unknown media type so we have an argument for it.
        return args[1];
    }
    return undefined;
};
const getRequestConfigurationValue = (args) => {
    if (args.length > 0) {
        // request configuration is always the last argument
        return args[args.length - 1];
    }
    return undefined;
};
const send = (requestAdapter, requestInfo, metadata) => {
    switch (metadata.adapterMethodName) {
        case "send":
            if (!metadata.responseBodyFactory) {
                throw new Error("couldn't find response body factory");
            }
            return requestAdapter.send(requestInfo, metadata.responseBodyFactory, metadata.errorMappings);
        case "sendCollection":
            if (!metadata.responseBodyFactory) {
                throw new Error("couldn't find response body factory");
            }
            return requestAdapter.sendCollection(requestInfo, metadata.responseBodyFactory, metadata.errorMappings);
        case "sendEnum":
            if (!metadata.enumObject) {
                throw new Error("couldn't find response body factory");
            }
            return requestAdapter.sendEnum(requestInfo, metadata.enumObject, metadata.errorMappings);
        case "sendCollectionOfEnum":
            if (!metadata.enumObject) {
                throw new Error("couldn't find response body factory");
            }
            return requestAdapter.sendCollectionOfEnum(requestInfo, metadata.enumObject, metadata.errorMappings);
        case "sendCollectionOfPrimitive":
            if (!metadata.responseBodyFactory) {
                throw new Error("couldn't find response body factory");
            }
            return requestAdapter.sendCollectionOfPrimitive(requestInfo, metadata.responseBodyFactory, metadata.errorMappings);
        case "sendPrimitive":
            if (!metadata.responseBodyFactory) {
                throw new Error("couldn't find response body factory");
            }
            return requestAdapter.sendPrimitive(requestInfo, metadata.responseBodyFactory, metadata.errorMappings);
        case "sendNoResponseContent":
            return requestAdapter.sendNoResponseContent(requestInfo, metadata.errorMappings);
        default:
            throw new Error("couldn't find adapter method");
    }
};
const apiClientProxifier = (requestAdapter, pathParameters, navigationMetadata, requestsMetadata) => {
    if (!requestAdapter)
        throw new Error("requestAdapter cannot be undefined");
    if (!pathParameters)
        throw new Error("pathParameters cannot be undefined");
    return new Proxy({}, {
        get: (_, property) => {
            const name = String(property);
            if (name === "withUrl") {
                return (rawUrl) => {
                    if (!rawUrl)
                        throw new Error("rawUrl cannot be undefined");
                    return apiClientProxifier(requestAdapter, getPathParameters(rawUrl), navigationMetadata, requestsMetadata);
                };
            }
            if (requestsMetadata) {
                const metadataKey = getRequestMethod(name);
                if (metadataKey) {
                    const metadata = requestsMetadata[metadataKey];
                    if (metadata) {
                        switch (name) {
                            case "get":
                                return (requestConfiguration) => {
                                    const requestInfo = toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.GET, undefined, undefined, requestConfiguration);
                                    return send(requestAdapter, requestInfo, metadata);
                                };
                            case "patch":
                                return (...args) => {
                                    const requestInfo = toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.PATCH, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                    return send(requestAdapter, requestInfo, metadata);
                                };
                            case "put":
                                return (...args) => {
                                    const requestInfo = toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.PUT, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                    return send(requestAdapter, requestInfo, metadata);
                                };
                            case "delete":
                                return (...args) => {
                                    const requestInfo = toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.DELETE, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                    return send(requestAdapter, requestInfo, metadata);
                                };
                            case "post":
                                return (...args) => {
                                    const requestInfo = toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.POST, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                    return send(requestAdapter, requestInfo, metadata);
                                };
                            case "query":
                                return (...args) => {
                                    const requestInfo = toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.QUERY, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                    return send(requestAdapter, requestInfo, metadata);
                                };
                            case "toGetRequestInformation":
                                return (requestConfiguration) => {
                                    return toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.GET, undefined, undefined, requestConfiguration);
                                };
                            case "toPatchRequestInformation":
                                return (...args) => {
                                    return toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.PATCH, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                };
                            case "toPutRequestInformation":
                                return (...args) => {
                                    return toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.PUT, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                };
                            case "toDeleteRequestInformation":
                                return (...args) => {
                                    return toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.DELETE, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                };
                            case "toPostRequestInformation":
                                return (...args) => {
                                    return toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.POST, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                };
                            case "toQueryRequestInformation":
                                return (...args) => {
                                    return toRequestInformation(metadata.uriTemplate, pathParameters, metadata, requestAdapter, HttpMethod.QUERY, args.length > 0 ? args[0] : undefined, getRequestMediaTypeUserDefinedValue(metadata, args), getRequestConfigurationValue(args));
                                };
                            default:
                                break;
                        }
                    }
                }
            }
            if (navigationMetadata) {
                const navigationCandidate = navigationMetadata[name];
                if (navigationCandidate) {
                    if (!navigationCandidate.pathParametersMappings || navigationCandidate.pathParametersMappings.length === 0) {
                        // navigation property
                        return apiClientProxifier(requestAdapter, getPathParameters(pathParameters), navigationCandidate.navigationMetadata, navigationCandidate.requestsMetadata);
                    }
                    return (...argArray) => {
                        // navigation method like indexers or multiple path parameters
                        const downWardPathParameters = getPathParameters(pathParameters);
                        if (navigationCandidate.pathParametersMappings && navigationCandidate.pathParametersMappings.length > 0) {
                            for (let i = 0; i < argArray.length; i++) {
                                const element = argArray[i];
                                if (element === undefined || element === null || element === "") {
                                    throw new Error(`path parameter ${navigationCandidate.pathParametersMappings[i]} cannot be undefined`);
                                }
                                else {
                                    downWardPathParameters[navigationCandidate.pathParametersMappings[i]] = element;
                                }
                            }
                        }
                        return apiClientProxifier(requestAdapter, downWardPathParameters, navigationCandidate.navigationMetadata, navigationCandidate.requestsMetadata);
                    };
                }
                if (name === "then") {
                    // handle returning proxy from an async method
                    return undefined;
                }
                throw new Error(`couldn't find navigation property ${name} data: ${JSON.stringify(navigationMetadata)}`);
            }
        },
    });
};
//# sourceMappingURL=apiClientProxifier.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/apiError.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/** Default error type used when no error mapping is registered for the status code */
class DefaultApiError extends Error {
    constructor(message) {
        super(message);
        this.responseHeaders = {};
    }
}
//# sourceMappingURL=apiError.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/authentication/validateProtocol.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

const localhostStrings = new Set(["localhost", "[::1]", "::1", "127.0.0.1"]);
/**
 * Validates the protocol of the url.
 * @param url - The url to validate.
 */
const validateProtocol_validateProtocol = (url) => {
    if (!isLocalhostUrl(url) && !url.toLocaleLowerCase().startsWith("https://") && !windowUrlStartsWithHttps()) {
        throw new Error("Authentication scheme can only be used with https requests");
    }
};
/**
 * Checks if the window url starts with https.
 * @returns True if the window url starts with https, false otherwise.
 */
const windowUrlStartsWithHttps = () => {
    if (!inNodeEnv()) {
        return window.location.protocol.toLocaleLowerCase() === "https:";
    }
    return false;
};
/**
 * Checks if the url is a localhost url.
 * @param urlString - The url to check.
 * @returns True if the url is a localhost url, false otherwise.
 */
const isLocalhostUrl = (urlString) => {
    try {
        const url = new URL(urlString);
        return localhostStrings.has(url.hostname);
    }
    catch (_a) {
        return false;
    }
};
//# sourceMappingURL=validateProtocol.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/authentication/apiKeyAuthenticationProvider.js


/** Authenticate a request by using an API Key */
class ApiKeyAuthenticationProvider {
    /**
     * @param apiKey The API Key to use for authentication
     * @param parameterName The name of the parameter to use for authentication
     * @param location The location of the parameter to use for authentication
     * @param validHosts The hosts that are allowed to use this authentication provider
     */
    constructor(apiKey, parameterName, location, validHosts) {
        this.apiKey = apiKey;
        this.parameterName = parameterName;
        this.location = location;
        if (apiKey === undefined || apiKey === "") {
            throw new Error("apiKey cannot be null or empty");
        }
        if (parameterName === undefined || parameterName === "") {
            throw new Error("parameterName cannot be null or empty");
        }
        if (location !== ApiKeyLocation.QueryParameter && location !== ApiKeyLocation.Header) {
            throw new Error("location must be either QueryParameter or Header");
        }
        this.validator = new AllowedHostsValidator(validHosts);
    }
    authenticateRequest(request, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    additionalAuthenticationContext) {
        const url = request.URL;
        if (!url || !this.validator.isUrlHostValid(url)) {
            return Promise.resolve();
        }
        validateProtocol(url);
        switch (this.location) {
            case ApiKeyLocation.QueryParameter:
                request.URL += (url.includes("?") ? "&" : "?") + this.parameterName + "=" + this.apiKey;
                break;
            case ApiKeyLocation.Header:
                request.headers.add(this.parameterName, this.apiKey);
                break;
        }
        return Promise.resolve();
    }
}
/** The location for the API key */
var ApiKeyLocation;
(function (ApiKeyLocation) {
    /** The API key is in the query parameters */
    ApiKeyLocation[ApiKeyLocation["QueryParameter"] = 0] = "QueryParameter";
    /** The API key is in the headers */
    ApiKeyLocation[ApiKeyLocation["Header"] = 1] = "Header";
})(ApiKeyLocation || (ApiKeyLocation = {}));
//# sourceMappingURL=apiKeyAuthenticationProvider.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/authentication/baseBearerTokenAuthenticationProvider.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

/** Provides a base class for implementing AuthenticationProvider for Bearer token scheme. */
class BaseBearerTokenAuthenticationProvider {
    /**
     * The constructor for the BaseBearerTokenAuthenticationProvider
     * @param accessTokenProvider The AccessTokenProvider instance that this provider will use to authenticate requests.
     */
    constructor(accessTokenProvider) {
        this.accessTokenProvider = accessTokenProvider;
        this.authenticateRequest = async (request, additionalAuthenticationContext) => {
            var _a;
            if (!request) {
                throw new Error("request info cannot be null");
            }
            if ((additionalAuthenticationContext === null || additionalAuthenticationContext === void 0 ? void 0 : additionalAuthenticationContext.claims) && request.headers.has(BaseBearerTokenAuthenticationProvider.authorizationHeaderKey)) {
                request.headers.delete(BaseBearerTokenAuthenticationProvider.authorizationHeaderKey);
            }
            if (!((_a = request.headers) === null || _a === void 0 ? void 0 : _a.has(BaseBearerTokenAuthenticationProvider.authorizationHeaderKey))) {
                const token = await this.accessTokenProvider.getAuthorizationToken(request.URL, additionalAuthenticationContext);
                if (!request.headers) {
                    request.headers = new Headers();
                }
                if (token) {
                    request.headers.add(BaseBearerTokenAuthenticationProvider.authorizationHeaderKey, `Bearer ${token}`);
                }
            }
        };
    }
}
BaseBearerTokenAuthenticationProvider.authorizationHeaderKey = "Authorization";
//# sourceMappingURL=baseBearerTokenAuthenticationProvider.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/authentication/index.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */







//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/nativeResponseHandler.js
/** Default response handler to access the native response object. */
class NativeResponseHandler {
    handleResponse(response, errorMappings) {
        this.value = response;
        this.errorMappings = errorMappings;
        return Promise.resolve(undefined);
    }
}
//# sourceMappingURL=nativeResponseHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/nativeResponseWrapper.js
var _a;
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

/** This class can be used to wrap a request using the fluent API and get the native response object in return. */
class NativeResponseWrapper {
}
_a = NativeResponseWrapper;
NativeResponseWrapper.CallAndGetNative = async (originalCall, q, h, o) => {
    const responseHandler = new NativeResponseHandler();
    await originalCall(q, h, o, responseHandler);
    return responseHandler.value;
};
NativeResponseWrapper.CallAndGetNativeWithBody = async (originalCall, requestBody, q, h, o) => {
    const responseHandler = new NativeResponseHandler();
    await originalCall(requestBody, q, h, o, responseHandler);
    return responseHandler.value;
};
//# sourceMappingURL=nativeResponseWrapper.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/responseHandlerOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
const ResponseHandlerOptionKey = "ResponseHandlerOptionKey";
/**
 * Options to intercept the request from the main pipeline.
 */
class ResponseHandlerOption {
    getKey() {
        return ResponseHandlerOptionKey;
    }
}
//# sourceMappingURL=responseHandlerOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/untypedNode.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * Factory to create an UntypedNode from a string during deserialization.
 * @param _parseNode The ParseNode to deserialize.
 * @returns A function that can deserialize an UntypedNode.
 */
const createUntypedNodeFromDiscriminatorValue = (_parseNode) => {
    return deserializeIntoUntypedNode;
};
/**
 * Type guard to assert that an object instance is an UntypedNode.
 * @param node The object to check.
 * @returns boolean indicating if the node is an UntypedNode.
 */
const isUntypedNode = (node) => {
    const potentialNode = node;
    return (potentialNode === null || potentialNode === void 0 ? void 0 : potentialNode.getValue) !== undefined;
};
/**
 * The deserialization implementation for UntypedNode.
 * @param untypedNode - The UntypedNode to deserialize.
 * @returns A function that can deserialize a ParseNode into the provided UntypedNode.
 */
const deserializeIntoUntypedNode = (untypedNode = {}) => {
    return {
        value: (_n) => {
            untypedNode.value = null;
        },
        getValue: (_n) => {
            untypedNode.getValue = () => untypedNode.value;
        },
    };
};
/**
 * The serialization implementation for UntypedNode.
 * @param _writer - The serialization writer to use.
 * @param _errorDetails - The error details to include in the serialization.
 */
const serializeUntypedNode = (_writer, _errorDetails = {}) => {
    return;
};
//# sourceMappingURL=untypedNode.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/untypedNumber.js
/**
 * Type guard to assert that an object instance is an UntypedNumber.
 * @param node The object to check.
 * @returns boolean indicating if the node is an UntypedNumber.
 */
const isUntypedNumber = (node) => {
    const proposedNode = node;
    return proposedNode && typeof proposedNode.value === "number";
};
/**
 * Factory to create an UntypedNumber from a number.
 * @param value The number value to create from.
 * @returns The created UntypedNumber.
 */
const createUntypedNumber = (value) => {
    return {
        value,
        getValue: () => value,
    };
};
//# sourceMappingURL=untypedNumber.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/untypedArray.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

/**
 * Type guard to assert that an UntypedNode instance is an UntypedArray.
 * @param node The UntypedNode to check.
 * @returns boolean indicating if the node is an UntypedArray.
 */
const isUntypedArray = (node) => {
    const proposedNode = node;
    return proposedNode && proposedNode.value instanceof Array && proposedNode.value.every((item) => isUntypedNode(item));
};
/**
 * Factory to create an UntypedArray from an array of UntypedNodes.
 * @param value The value to create from.
 * @returns The created UntypedArray.
 */
const createUntypedArray = (value) => {
    return {
        value,
        getValue: () => value,
    };
};
//# sourceMappingURL=untypedArray.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/untypedNull.js
/**
 * Type guard to assert that an object instance is an UntypedNull.
 * @param node The object to check.
 * @returns boolean indicating if the node is an UntypedNull.
 */
const isUntypedNull = (node) => {
    return node.value === null;
};
/**
 * Factory to create an UntypedNull.
 * @returns The created UntypedNull.
 */
const createUntypedNull = () => {
    return {
        value: null,
        getValue: () => null,
    };
};
//# sourceMappingURL=untypedNull.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/untypedObject.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

/**
 * Type guard to assert that an object instance is an UntypedObject.
 * @param node The object to check.
 * @returns boolean indicating if the node is an UntypedObject.
 */
const isUntypedObject = (node) => {
    const proposedNode = node;
    return proposedNode && proposedNode.value instanceof Object && proposedNode.value instanceof Array === false && Object.values(proposedNode.value).every((item) => isUntypedNode(item));
};
/**
 * Factory to create an UntypedObject from a Record<string, UntypedNode>.
 * @param value The Record<string, UntypedNode> value to create from.
 * @returns The created UntypedObject.
 */
const createUntypedObject = (value) => {
    return {
        value,
        getValue: () => value,
    };
};
//# sourceMappingURL=untypedObject.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/untypedString.js
/**
 * Type guard to assert that an object instance is an UntypedString.
 * @param node The object to check.
 * @returns boolean indicating if the node is an UntypedString.
 */
const isUntypedString = (node) => {
    const proposedNode = node;
    return proposedNode && typeof proposedNode.value === "string";
};
/**
 * Factory to create an UntypedString from a string.
 * @param value The string value to create from.
 * @returns The created UntypedString.
 */
const createUntypedString = (value) => {
    return {
        value,
        getValue: () => value,
    };
};
//# sourceMappingURL=untypedString.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/untypedBoolean.js
/**
 * Type guard to assert that an UntypedNode instance is an UntypedBoolean.
 * @param node The UntypedNode to check.
 * @returns boolean indicating if the node is an UntypedBoolean.
 */
const isUntypedBoolean = (node) => {
    const proposedNode = node;
    return proposedNode && typeof proposedNode.value === "boolean";
};
/**
 * Factory to create an UntypedBoolean from a boolean.
 * @param value The boolean value to create from.
 * @returns The created UntypedBoolean.
 */
const createUntypedBoolean = (value) => {
    return {
        value,
        getValue: () => value,
    };
};
//# sourceMappingURL=untypedBoolean.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/index.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */



















//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/utils/enumUtils.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
const reverseRecord = (input) => {
    const entries = Object.entries(input).map(([key, value]) => [value, key]);
    return Object.fromEntries(entries);
};
/**
 * Factory to create an UntypedString from a string.
 * @param stringValue The string value to lookup the enum value from.
 * @param originalType The type definition of the enum.
 * @returns The enum value.
 */
const getEnumValueFromStringValue = (stringValue, originalType) => {
    const reversed = reverseRecord(originalType);
    return originalType[reversed[stringValue]];
};
//# sourceMappingURL=enumUtils.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/utils/inNodeEnv.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * Checks if the runtime is in a browser or node environment.
 * @returns true if in node, else false as it is running in a browser.
 */
const inNodeEnv_inNodeEnv = () => {
    try {
        return !!Buffer && !!process;
    }
    catch (err) {
        // ReferenceError is thrown if you use node js APIs in a browser,
        // cast it to a false if that's the case.
        return !(err instanceof ReferenceError);
    }
};
//# sourceMappingURL=inNodeEnv.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/utils/index.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */



//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/index.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
























//# sourceMappingURL=index.js.map

/***/ }),

/***/ 32403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AuthorizationHandler: () => (/* reexport */ AuthorizationHandler),
  BodyInspectionHandler: () => (/* reexport */ BodyInspectionHandler),
  BodyInspectionOptions: () => (/* reexport */ BodyInspectionOptions),
  BodyInspectionOptionsKey: () => (/* reexport */ BodyInspectionOptionsKey),
  ChaosHandler: () => (/* reexport */ ChaosHandler),
  ChaosHandlerOptionsKey: () => (/* reexport */ ChaosHandlerOptionsKey),
  ChaosStrategy: () => (/* reexport */ ChaosStrategy),
  CompressionHandler: () => (/* reexport */ CompressionHandler),
  CompressionHandlerOptions: () => (/* reexport */ CompressionHandlerOptions),
  CompressionHandlerOptionsKey: () => (/* reexport */ CompressionHandlerOptionsKey),
  CustomFetchHandler: () => (/* reexport */ CustomFetchHandler),
  FetchRequestAdapter: () => (/* reexport */ FetchRequestAdapter),
  HeadersInspectionHandler: () => (/* reexport */ HeadersInspectionHandler),
  HeadersInspectionOptions: () => (/* reexport */ HeadersInspectionOptions),
  HeadersInspectionOptionsKey: () => (/* reexport */ HeadersInspectionOptionsKey),
  HttpClient: () => (/* reexport */ HttpClient),
  KiotaClientFactory: () => (/* reexport */ KiotaClientFactory),
  MiddlewareFactory: () => (/* reexport */ MiddlewareFactory),
  ObservabilityOptionKey: () => (/* reexport */ ObservabilityOptionKey),
  ObservabilityOptionsImpl: () => (/* reexport */ ObservabilityOptionsImpl),
  ParametersNameDecodingHandler: () => (/* reexport */ ParametersNameDecodingHandler),
  ParametersNameDecodingHandlerOptions: () => (/* reexport */ ParametersNameDecodingHandlerOptions),
  ParametersNameDecodingHandlerOptionsKey: () => (/* reexport */ ParametersNameDecodingHandlerOptionsKey),
  RedirectHandler: () => (/* reexport */ RedirectHandler),
  RedirectHandlerOptionKey: () => (/* reexport */ RedirectHandlerOptionKey),
  RedirectHandlerOptions: () => (/* reexport */ RedirectHandlerOptions),
  RetryHandler: () => (/* reexport */ RetryHandler),
  RetryHandlerOptionKey: () => (/* reexport */ RetryHandlerOptionKey),
  RetryHandlerOptions: () => (/* reexport */ RetryHandlerOptions),
  TelemetryHandler: () => (/* reexport */ TelemetryHandler),
  TelemetryHandlerOptionsKey: () => (/* reexport */ TelemetryHandlerOptionsKey),
  UrlReplaceHandler: () => (/* reexport */ UrlReplaceHandler),
  UrlReplaceHandlerOptions: () => (/* reexport */ UrlReplaceHandlerOptions),
  UrlReplaceHandlerOptionsKey: () => (/* reexport */ UrlReplaceHandlerOptionsKey),
  UserAgentHandler: () => (/* reexport */ UserAgentHandler),
  UserAgentHandlerOptions: () => (/* reexport */ UserAgentHandlerOptions),
  UserAgentHandlerOptionsKey: () => (/* reexport */ UserAgentHandlerOptionsKey),
  appendRequestHeader: () => (/* reexport */ appendRequestHeader),
  defaultScrubSensitiveHeaders: () => (/* reexport */ defaultScrubSensitiveHeaders),
  deleteRequestHeader: () => (/* reexport */ deleteRequestHeader),
  getObservabilityOptionsFromRequest: () => (/* reexport */ getObservabilityOptionsFromRequest),
  getRequestHeader: () => (/* reexport */ getRequestHeader),
  setRequestHeader: () => (/* reexport */ setRequestHeader)
});

// EXTERNAL MODULE: ./node_modules/@microsoft/kiota-abstractions/dist/es/src/index.js + 43 modules
var src = __webpack_require__(47357);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace-api.mjs + 18 modules
var trace_api = __webpack_require__(41382);
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace/status.mjs
//#region src/trace/status.ts
/**
* An enumeration of status codes.
*
* @since 1.0.0
*/
let SpanStatusCode = /* @__PURE__ */ function(SpanStatusCode) {
	/**
	* The default status.
	*/
	SpanStatusCode[SpanStatusCode["UNSET"] = 0] = "UNSET";
	/**
	* The operation has been validated by an Application developer or
	* Operator to have completed successfully.
	*/
	SpanStatusCode[SpanStatusCode["OK"] = 1] = "OK";
	/**
	* The operation contains an error.
	*/
	SpanStatusCode[SpanStatusCode["ERROR"] = 2] = "ERROR";
	return SpanStatusCode;
}({});
//#endregion


//# sourceMappingURL=status.mjs.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/customFetchHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * Middleware
 * Class for FetchHandler
 */
class CustomFetchHandler {
    constructor(customFetch) {
        this.customFetch = customFetch;
    }
    /**
     * @inheritdoc
     */
    async execute(url, requestInit) {
        return await this.customFetch(url, requestInit);
    }
}
//# sourceMappingURL=customFetchHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/httpClient.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */


class HttpClient {
    /**
     *
     * Creates an instance of a HttpClient which contains the middlewares and fetch implementation for request execution.
     * @param customFetch - custom fetch function - a Fetch API implementation
     * @param middlewares - an array of Middleware handlers
     */
    constructor(customFetch, ...middlewares) {
        this.customFetch = customFetch;
        // If no middlewares are provided, use the default ones
        middlewares = (middlewares === null || middlewares === void 0 ? void 0 : middlewares.length) && middlewares[0] ? middlewares : MiddlewareFactory.getDefaultMiddlewares(customFetch);
        // If a custom fetch function is provided, add a CustomFetchHandler to the end of the middleware chain
        if (this.customFetch) {
            middlewares.push(new CustomFetchHandler(this.customFetch));
        }
        // Set the middleware handlers chain
        this.setMiddleware(...middlewares);
    }
    /**
     * Processes the middleware parameter passed to set this.middleware property
     * The calling function should validate if middleware is not undefined or not empty.
     * @param middleware - The middleware passed
     */
    setMiddleware(...middleware) {
        for (let i = 0; i < middleware.length - 1; i++) {
            middleware[i].next = middleware[i + 1];
        }
        this.middleware = middleware[0];
    }
    /**
     * Executes a request and returns a promise resolving the response.
     * @param url the request url.
     * @param requestInit the RequestInit object.
     * @param requestOptions the request options.
     * @returns the promise resolving the response.
     */
    async executeFetch(url, requestInit, requestOptions) {
        if (this.middleware) {
            return await this.middleware.execute(url, requestInit, requestOptions);
        }
        else if (this.customFetch) {
            return this.customFetch(url, requestInit);
        }
        throw new Error("Please provide middlewares or a custom fetch function to execute the request");
    }
}
//# sourceMappingURL=httpClient.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/observabilityOptions.js
const ObservabilityOptionKey = "ObservabilityOptionKey";
class ObservabilityOptionsImpl {
    constructor(originalOptions) {
        this._originalOptions = originalOptions !== null && originalOptions !== void 0 ? originalOptions : {};
    }
    getKey() {
        return ObservabilityOptionKey;
    }
    get includeEUIIAttributes() {
        return this._originalOptions.includeEUIIAttributes;
    }
    set includeEUIIAttributes(value) {
        this._originalOptions.includeEUIIAttributes = value;
    }
    getTracerInstrumentationName() {
        return "@microsoft/kiota-http-fetchlibrary";
    }
}
/**
 * Gets the observability options from the request options
 * @param requestOptions The request options
 * @returns The observability options
 */
const getObservabilityOptionsFromRequest = (requestOptions) => {
    if (requestOptions) {
        const observabilityOptions = requestOptions[ObservabilityOptionKey];
        if (observabilityOptions instanceof ObservabilityOptionsImpl) {
            return observabilityOptions;
        }
    }
    return undefined;
};
//# sourceMappingURL=observabilityOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/fetchRequestAdapter.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */




/**
 * Request adapter implementation for the fetch API.
 */
class FetchRequestAdapter {
    getSerializationWriterFactory() {
        return this.serializationWriterFactory;
    }
    getParseNodeFactory() {
        return this.parseNodeFactory;
    }
    getBackingStoreFactory() {
        return this.backingStoreFactory;
    }
    /**
     * Instantiates a new request adapter.
     * @param authenticationProvider the authentication provider to use.
     * @param parseNodeFactory the parse node factory to deserialize responses.
     * @param serializationWriterFactory the serialization writer factory to use to serialize request bodies.
     * @param httpClient the http client to use to execute requests.
     * @param observabilityOptions the observability options to use.
     * @param backingStoreFactory the backing store factory to use.
     */
    constructor(authenticationProvider, parseNodeFactory = new src/* ParseNodeFactoryRegistry */.jz(), serializationWriterFactory = new src/* SerializationWriterFactoryRegistry */.Jg(), httpClient = new HttpClient(), observabilityOptions = new ObservabilityOptionsImpl(), backingStoreFactory = new src/* InMemoryBackingStoreFactory */.Fz()) {
        this.authenticationProvider = authenticationProvider;
        this.parseNodeFactory = parseNodeFactory;
        this.serializationWriterFactory = serializationWriterFactory;
        this.httpClient = httpClient;
        this.backingStoreFactory = backingStoreFactory;
        /** The base url for every request. */
        this.baseUrl = "";
        this.getResponseContentType = (response) => {
            var _a;
            const header = (_a = response.headers.get("content-type")) === null || _a === void 0 ? void 0 : _a.toLowerCase();
            if (!header)
                return undefined;
            const segments = header.split(";");
            if (segments.length === 0)
                return undefined;
            else
                return segments[0];
        };
        this.getResponseHandler = (response) => {
            const options = response.getRequestOptions();
            const responseHandlerOption = options[src/* ResponseHandlerOptionKey */.WD];
            return responseHandlerOption === null || responseHandlerOption === void 0 ? void 0 : responseHandlerOption.responseHandler;
        };
        this.sendCollectionOfPrimitive = (requestInfo, responseType, errorMappings) => {
            if (!requestInfo) {
                throw new Error("requestInfo cannot be null");
            }
            return this.startTracingSpan(requestInfo, "sendCollectionOfPrimitive", async (span) => {
                const response = await this.getHttpResponseMessage(requestInfo, span);
                const responseHandler = this.getResponseHandler(requestInfo);
                if (responseHandler) {
                    span.addEvent(FetchRequestAdapter.eventResponseHandlerInvokedKey);
                    return await responseHandler.handleResponse(response, errorMappings);
                }
                else {
                    try {
                        await this.throwIfFailedResponse(response, errorMappings, span);
                        if (this.shouldReturnUndefined(response))
                            return undefined;
                        switch (responseType) {
                            case "string":
                            case "number":
                            case "boolean":
                            case "Date":
                            case "Duration":
                            case "DateOnly":
                            case "TimeOnly":
                                // eslint-disable-next-line no-case-declarations
                                const rootNode = await this.getRootParseNode(response);
                                return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan(`getCollectionOf${responseType}Value`, (deserializeSpan) => {
                                    try {
                                        span.setAttribute(FetchRequestAdapter.responseTypeAttributeKey, responseType);
                                        if (responseType === "string") {
                                            return rootNode.getCollectionOfPrimitiveValues(responseType);
                                        }
                                        else if (responseType === "number") {
                                            return rootNode.getCollectionOfPrimitiveValues(responseType);
                                        }
                                        else if (responseType === "boolean") {
                                            return rootNode.getCollectionOfPrimitiveValues(responseType);
                                        }
                                        else if (responseType === "Date") {
                                            return rootNode.getCollectionOfPrimitiveValues(responseType);
                                        }
                                        else if (responseType === "Duration") {
                                            return rootNode.getCollectionOfPrimitiveValues(responseType);
                                        }
                                        else if (responseType === "DateOnly") {
                                            return rootNode.getCollectionOfPrimitiveValues(responseType);
                                        }
                                        else if (responseType === "TimeOnly") {
                                            return rootNode.getCollectionOfPrimitiveValues(responseType);
                                        }
                                        else {
                                            throw new Error("unexpected type to deserialize");
                                        }
                                    }
                                    finally {
                                        deserializeSpan.end();
                                    }
                                });
                        }
                    }
                    finally {
                        await this.purgeResponseBody(response);
                    }
                }
            });
        };
        this.sendCollection = (requestInfo, deserialization, errorMappings) => {
            if (!requestInfo) {
                throw new Error("requestInfo cannot be null");
            }
            return this.startTracingSpan(requestInfo, "sendCollection", async (span) => {
                const response = await this.getHttpResponseMessage(requestInfo, span);
                const responseHandler = this.getResponseHandler(requestInfo);
                if (responseHandler) {
                    span.addEvent(FetchRequestAdapter.eventResponseHandlerInvokedKey);
                    return await responseHandler.handleResponse(response, errorMappings);
                }
                else {
                    try {
                        await this.throwIfFailedResponse(response, errorMappings, span);
                        if (this.shouldReturnUndefined(response))
                            return undefined;
                        const rootNode = await this.getRootParseNode(response);
                        return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("getCollectionOfObjectValues", (deserializeSpan) => {
                            try {
                                const result = rootNode.getCollectionOfObjectValues(deserialization);
                                span.setAttribute(FetchRequestAdapter.responseTypeAttributeKey, "object[]");
                                return result;
                            }
                            finally {
                                deserializeSpan.end();
                            }
                        });
                    }
                    finally {
                        await this.purgeResponseBody(response);
                    }
                }
            });
        };
        this.startTracingSpan = (requestInfo, methodName, callback) => {
            var _a;
            const urlTemplate = decodeURIComponent((_a = requestInfo.urlTemplate) !== null && _a !== void 0 ? _a : "");
            const telemetryPathValue = urlTemplate.replace(/\{\?[^}]+\}/gi, "");
            return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan(`${methodName} - ${telemetryPathValue}`, async (span) => {
                try {
                    span.setAttribute("url.uri_template", urlTemplate);
                    return await callback(span);
                }
                finally {
                    span.end();
                }
            });
        };
        this.send = (requestInfo, deserializer, errorMappings) => {
            if (!requestInfo) {
                throw new Error("requestInfo cannot be null");
            }
            return this.startTracingSpan(requestInfo, "send", async (span) => {
                const response = await this.getHttpResponseMessage(requestInfo, span);
                const responseHandler = this.getResponseHandler(requestInfo);
                if (responseHandler) {
                    span.addEvent(FetchRequestAdapter.eventResponseHandlerInvokedKey);
                    return await responseHandler.handleResponse(response, errorMappings);
                }
                else {
                    try {
                        await this.throwIfFailedResponse(response, errorMappings, span);
                        if (this.shouldReturnUndefined(response))
                            return undefined;
                        const rootNode = await this.getRootParseNode(response);
                        return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("getObjectValue", (deserializeSpan) => {
                            try {
                                span.setAttribute(FetchRequestAdapter.responseTypeAttributeKey, "object");
                                const result = rootNode.getObjectValue(deserializer);
                                return result;
                            }
                            finally {
                                deserializeSpan.end();
                            }
                        });
                    }
                    finally {
                        await this.purgeResponseBody(response);
                    }
                }
            });
        };
        this.sendPrimitive = (requestInfo, responseType, errorMappings) => {
            if (!requestInfo) {
                throw new Error("requestInfo cannot be null");
            }
            return this.startTracingSpan(requestInfo, "sendPrimitive", async (span) => {
                const response = await this.getHttpResponseMessage(requestInfo, span);
                const responseHandler = this.getResponseHandler(requestInfo);
                if (responseHandler) {
                    span.addEvent(FetchRequestAdapter.eventResponseHandlerInvokedKey);
                    return await responseHandler.handleResponse(response, errorMappings);
                }
                else {
                    try {
                        await this.throwIfFailedResponse(response, errorMappings, span);
                        if (this.shouldReturnUndefined(response))
                            return undefined;
                        switch (responseType) {
                            case "ArrayBuffer":
                                if (!response.body) {
                                    return undefined;
                                }
                                return (await response.arrayBuffer());
                            case "string":
                            case "number":
                            case "boolean":
                            case "Date":
                                // eslint-disable-next-line no-case-declarations
                                const rootNode = await this.getRootParseNode(response);
                                span.setAttribute(FetchRequestAdapter.responseTypeAttributeKey, responseType);
                                return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan(`get${responseType}Value`, (deserializeSpan) => {
                                    try {
                                        if (responseType === "string") {
                                            return rootNode.getStringValue();
                                        }
                                        else if (responseType === "number") {
                                            return rootNode.getNumberValue();
                                        }
                                        else if (responseType === "boolean") {
                                            return rootNode.getBooleanValue();
                                        }
                                        else if (responseType === "Date") {
                                            return rootNode.getDateValue();
                                        }
                                        else if (responseType === "Duration") {
                                            return rootNode.getDurationValue();
                                        }
                                        else if (responseType === "DateOnly") {
                                            return rootNode.getDateOnlyValue();
                                        }
                                        else if (responseType === "TimeOnly") {
                                            return rootNode.getTimeOnlyValue();
                                        }
                                        else {
                                            throw new Error("unexpected type to deserialize");
                                        }
                                    }
                                    finally {
                                        deserializeSpan.end();
                                    }
                                });
                        }
                    }
                    finally {
                        await this.purgeResponseBody(response);
                    }
                }
            });
        };
        this.sendNoResponseContent = (requestInfo, errorMappings) => {
            if (!requestInfo) {
                throw new Error("requestInfo cannot be null");
            }
            return this.startTracingSpan(requestInfo, "sendNoResponseContent", async (span) => {
                const response = await this.getHttpResponseMessage(requestInfo, span);
                const responseHandler = this.getResponseHandler(requestInfo);
                if (responseHandler) {
                    span.addEvent(FetchRequestAdapter.eventResponseHandlerInvokedKey);
                    return await responseHandler.handleResponse(response, errorMappings);
                }
                try {
                    await this.throwIfFailedResponse(response, errorMappings, span);
                }
                finally {
                    await this.purgeResponseBody(response);
                }
            });
        };
        this.sendEnum = (requestInfo, enumObject, errorMappings) => {
            if (!requestInfo) {
                throw new Error("requestInfo cannot be null");
            }
            return this.startTracingSpan(requestInfo, "sendEnum", async (span) => {
                const response = await this.getHttpResponseMessage(requestInfo, span);
                const responseHandler = this.getResponseHandler(requestInfo);
                if (responseHandler) {
                    span.addEvent(FetchRequestAdapter.eventResponseHandlerInvokedKey);
                    return await responseHandler.handleResponse(response, errorMappings);
                }
                else {
                    try {
                        await this.throwIfFailedResponse(response, errorMappings, span);
                        if (this.shouldReturnUndefined(response))
                            return undefined;
                        const rootNode = await this.getRootParseNode(response);
                        return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("getEnumValue", (deserializeSpan) => {
                            try {
                                span.setAttribute(FetchRequestAdapter.responseTypeAttributeKey, "enum");
                                const result = rootNode.getEnumValue(enumObject);
                                return result;
                            }
                            finally {
                                deserializeSpan.end();
                            }
                        });
                    }
                    finally {
                        await this.purgeResponseBody(response);
                    }
                }
            });
        };
        this.sendCollectionOfEnum = (requestInfo, enumObject, errorMappings) => {
            if (!requestInfo) {
                throw new Error("requestInfo cannot be null");
            }
            return this.startTracingSpan(requestInfo, "sendCollectionOfEnum", async (span) => {
                const response = await this.getHttpResponseMessage(requestInfo, span);
                const responseHandler = this.getResponseHandler(requestInfo);
                if (responseHandler) {
                    span.addEvent(FetchRequestAdapter.eventResponseHandlerInvokedKey);
                    return await responseHandler.handleResponse(response, errorMappings);
                }
                else {
                    try {
                        await this.throwIfFailedResponse(response, errorMappings, span);
                        if (this.shouldReturnUndefined(response))
                            return undefined;
                        const rootNode = await this.getRootParseNode(response);
                        return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("getCollectionOfEnumValues", (deserializeSpan) => {
                            try {
                                const result = rootNode.getCollectionOfEnumValues(enumObject);
                                span.setAttribute(FetchRequestAdapter.responseTypeAttributeKey, "enum[]");
                                return result;
                            }
                            finally {
                                deserializeSpan.end();
                            }
                        });
                    }
                    finally {
                        await this.purgeResponseBody(response);
                    }
                }
            });
        };
        this.enableBackingStore = (backingStoreFactory) => {
            if (this.parseNodeFactory instanceof src/* ParseNodeFactoryRegistry */.jz) {
                this.parseNodeFactory = (0,src/* enableBackingStoreForParseNodeFactory */.UD)(this.parseNodeFactory, this.parseNodeFactory);
            }
            else {
                throw new Error("parseNodeFactory is not a ParseNodeFactoryRegistry");
            }
            if (this.serializationWriterFactory instanceof src/* SerializationWriterFactoryRegistry */.Jg && this.parseNodeFactory instanceof src/* ParseNodeFactoryRegistry */.jz) {
                this.serializationWriterFactory = (0,src/* enableBackingStoreForSerializationWriterFactory */.Ih)(this.serializationWriterFactory, this.parseNodeFactory, this.serializationWriterFactory);
            }
            else {
                throw new Error("serializationWriterFactory is not a SerializationWriterFactoryRegistry or parseNodeFactory is not a ParseNodeFactoryRegistry");
            }
            if (!this.serializationWriterFactory || !this.parseNodeFactory)
                throw new Error("unable to enable backing store");
            if (backingStoreFactory) {
                this.backingStoreFactory = backingStoreFactory;
            }
        };
        this.getRootParseNode = (response) => {
            return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("getRootParseNode", async (span) => {
                try {
                    const payload = await response.arrayBuffer();
                    const responseContentType = this.getResponseContentType(response);
                    if (!responseContentType)
                        throw new Error("no response content type found for deserialization");
                    return this.parseNodeFactory.getRootParseNode(responseContentType, payload);
                }
                finally {
                    span.end();
                }
            });
        };
        this.shouldReturnUndefined = (response) => {
            return response.status === 204 || response.status === 304 || !response.body;
        };
        /**
         * purges the response body if it hasn't been read to release the connection to the server
         * @param response the response to purge
         */
        this.purgeResponseBody = async (response) => {
            if (!response.bodyUsed && response.body) {
                await response.arrayBuffer();
            }
        };
        this.throwIfFailedResponse = (response, errorMappings, spanForAttributes) => {
            return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("throwIfFailedResponse", async (span) => {
                var _a, _b, _c;
                try {
                    if (response.ok || (response.status >= 300 && response.status < 400 && !response.headers.has(FetchRequestAdapter.locationHeaderName)))
                        return;
                    spanForAttributes.setStatus({
                        code: SpanStatusCode.ERROR,
                        message: "received_error_response",
                    });
                    const statusCode = response.status;
                    const responseHeaders = {};
                    response.headers.forEach((value, key) => {
                        responseHeaders[key] = value.split(",");
                    });
                    const factory = errorMappings ? ((_c = (_b = (_a = errorMappings[statusCode]) !== null && _a !== void 0 ? _a : (statusCode >= 400 && statusCode < 500 ? errorMappings._4XX : undefined)) !== null && _b !== void 0 ? _b : (statusCode >= 500 && statusCode < 600 ? errorMappings._5XX : undefined)) !== null && _c !== void 0 ? _c : errorMappings.XXX) : undefined;
                    if (!factory) {
                        spanForAttributes.setAttribute(FetchRequestAdapter.errorMappingFoundAttributeName, false);
                        const error = new src/* DefaultApiError */.kp("the server returned an unexpected status code and no error class is registered for this code " + statusCode);
                        error.responseStatusCode = statusCode;
                        error.responseHeaders = responseHeaders;
                        spanForAttributes.recordException(error);
                        throw error;
                    }
                    spanForAttributes.setAttribute(FetchRequestAdapter.errorMappingFoundAttributeName, true);
                    const rootNode = await this.getRootParseNode(response);
                    let deserializedError = trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("getObjectValue", (deserializeSpan) => {
                        try {
                            return rootNode.getObjectValue(factory);
                        }
                        finally {
                            deserializeSpan.end();
                        }
                    });
                    spanForAttributes.setAttribute(FetchRequestAdapter.errorBodyFoundAttributeName, !!deserializedError);
                    if (!deserializedError)
                        deserializedError = new src/* DefaultApiError */.kp("unexpected error type" + typeof deserializedError);
                    const errorObject = deserializedError;
                    errorObject.responseStatusCode = statusCode;
                    errorObject.responseHeaders = responseHeaders;
                    spanForAttributes.recordException(errorObject);
                    throw errorObject;
                }
                finally {
                    span.end();
                }
            });
        };
        this.getHttpResponseMessage = (requestInfo, spanForAttributes, claims) => {
            return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("getHttpResponseMessage", async (span) => {
                try {
                    if (!requestInfo) {
                        throw new Error("requestInfo cannot be null");
                    }
                    this.setBaseUrlForRequestInformation(requestInfo);
                    const additionalContext = {};
                    if (claims) {
                        additionalContext.claims = claims;
                    }
                    await this.authenticationProvider.authenticateRequest(requestInfo, additionalContext);
                    const request = await this.getRequestFromRequestInformation(requestInfo, spanForAttributes);
                    if (this.observabilityOptions) {
                        requestInfo.addRequestOptions([this.observabilityOptions]);
                    }
                    let response = await this.httpClient.executeFetch(requestInfo.URL, request, requestInfo.getRequestOptions());
                    response = await this.retryCAEResponseIfRequired(requestInfo, response, spanForAttributes, claims);
                    if (response) {
                        const responseContentLength = response.headers.get("Content-Length");
                        if (responseContentLength) {
                            spanForAttributes.setAttribute("http.response.body.size", parseInt(responseContentLength, 10));
                        }
                        const responseContentType = response.headers.get("Content-Type");
                        if (responseContentType) {
                            spanForAttributes.setAttribute("http.response.header.content-type", responseContentType);
                        }
                        spanForAttributes.setAttribute("http.response.status_code", response.status);
                        // getting the network.protocol.version (protocol version) is impossible with fetch API
                    }
                    return response;
                }
                finally {
                    span.end();
                }
            });
        };
        this.retryCAEResponseIfRequired = async (requestInfo, response, spanForAttributes, claims) => {
            return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("retryCAEResponseIfRequired", async (span) => {
                try {
                    const responseClaims = this.getClaimsFromResponse(response, claims);
                    if (responseClaims) {
                        span.addEvent(FetchRequestAdapter.authenticateChallengedEventKey);
                        spanForAttributes.setAttribute("http.request.resend_count", 1);
                        await this.purgeResponseBody(response);
                        return await this.getHttpResponseMessage(requestInfo, spanForAttributes, responseClaims);
                    }
                    return response;
                }
                finally {
                    span.end();
                }
            });
        };
        this.getClaimsFromResponse = (response, claims) => {
            if (response.status === 401 && !claims) {
                // avoid infinite loop, we only retry once
                // no need to check for the content since it's an array and it doesn't need to be rewound
                const rawAuthenticateHeader = response.headers.get("WWW-Authenticate");
                if (rawAuthenticateHeader && /^Bearer /gi.test(rawAuthenticateHeader)) {
                    const rawParameters = rawAuthenticateHeader.replace(/^Bearer /gi, "").split(",");
                    for (const rawParameter of rawParameters) {
                        const trimmedParameter = rawParameter.trim();
                        if (/claims="[^"]+"/gi.test(trimmedParameter)) {
                            return trimmedParameter.replace(/claims="([^"]+)"/gi, "$1");
                        }
                    }
                }
            }
            return undefined;
        };
        this.setBaseUrlForRequestInformation = (requestInfo) => {
            requestInfo.pathParameters.baseurl = this.baseUrl;
        };
        this.getRequestFromRequestInformation = (requestInfo, spanForAttributes) => {
            // eslint-disable-next-line @typescript-eslint/require-await
            return trace_api/* trace */.u.getTracer(this.observabilityOptions.getTracerInstrumentationName()).startActiveSpan("getRequestFromRequestInformation", async (span) => {
                var _a, _b;
                try {
                    const method = (_a = requestInfo.httpMethod) === null || _a === void 0 ? void 0 : _a.toString();
                    const uri = requestInfo.URL;
                    spanForAttributes.setAttribute("http.request.method", method !== null && method !== void 0 ? method : "");
                    const uriContainsScheme = uri.includes("://");
                    const schemeSplatUri = uri.split("://");
                    if (uriContainsScheme) {
                        spanForAttributes.setAttribute("server.address", schemeSplatUri[0]);
                    }
                    const uriWithoutScheme = uriContainsScheme ? schemeSplatUri[1] : uri;
                    spanForAttributes.setAttribute("url.scheme", uriWithoutScheme.split("/")[0]);
                    if (this.observabilityOptions.includeEUIIAttributes) {
                        spanForAttributes.setAttribute("url.full", decodeURIComponent(uri));
                    }
                    const requestContentLength = requestInfo.headers.tryGetValue("Content-Length");
                    if (requestContentLength) {
                        spanForAttributes.setAttribute("http.response.body.size", parseInt(requestContentLength[0], 10));
                    }
                    const requestContentType = requestInfo.headers.tryGetValue("Content-Type");
                    if (requestContentType) {
                        spanForAttributes.setAttribute("http.request.header.content-type", requestContentType);
                    }
                    const headers = {};
                    (_b = requestInfo.headers) === null || _b === void 0 ? void 0 : _b.forEach((_, key) => {
                        headers[key.toString().toLocaleLowerCase()] = this.foldHeaderValue(requestInfo.headers.tryGetValue(key));
                    });
                    const request = {
                        method,
                        headers,
                        body: requestInfo.content,
                    };
                    return request;
                }
                finally {
                    span.end();
                }
            });
        };
        this.foldHeaderValue = (value) => {
            if (!value || value.length < 1) {
                return "";
            }
            else if (value.length === 1) {
                return value[0];
            }
            else {
                return value.reduce((acc, val) => acc + val, ",");
            }
        };
        /**
         * @inheritdoc
         */
        this.convertToNativeRequest = async (requestInfo) => {
            if (!requestInfo) {
                throw new Error("requestInfo cannot be null");
            }
            await this.authenticationProvider.authenticateRequest(requestInfo, undefined);
            return this.startTracingSpan(requestInfo, "convertToNativeRequest", async (span) => {
                const request = await this.getRequestFromRequestInformation(requestInfo, span);
                return request;
            });
        };
        if (!authenticationProvider) {
            throw new Error("authentication provider cannot be null");
        }
        if (!parseNodeFactory) {
            throw new Error("parse node factory cannot be null");
        }
        if (!serializationWriterFactory) {
            throw new Error("serialization writer factory cannot be null");
        }
        if (!httpClient) {
            throw new Error("http client cannot be null");
        }
        if (!observabilityOptions) {
            throw new Error("observability options cannot be null");
        }
        else {
            this.observabilityOptions = new ObservabilityOptionsImpl(observabilityOptions);
        }
    }
}
FetchRequestAdapter.responseTypeAttributeKey = "com.microsoft.kiota.response.type";
FetchRequestAdapter.eventResponseHandlerInvokedKey = "com.microsoft.kiota.response_handler_invoked";
FetchRequestAdapter.errorMappingFoundAttributeName = "com.microsoft.kiota.error.mapping_found";
FetchRequestAdapter.errorBodyFoundAttributeName = "com.microsoft.kiota.error.body_found";
FetchRequestAdapter.locationHeaderName = "Location";
FetchRequestAdapter.authenticateChallengedEventKey = "com.microsoft.kiota.authenticate_challenge_received";
//# sourceMappingURL=fetchRequestAdapter.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/utils/headersUtil.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * @module MiddlewareUtil
 */
/**
 * To get the request header from the request
 * @param options - The request options object
 * @param key - The header key string
 * @returns A header value for the given key from the request
 */
const getRequestHeader = (options, key) => {
    if (options === null || options === void 0 ? void 0 : options.headers) {
        return options.headers[key];
    }
    return undefined;
};
/**
 * To set the header value to the given request
 * @param options - The request options object
 * @param key - The header key string
 * @param value - The header value string
 */
const setRequestHeader = (options, key, value) => {
    if (options) {
        if (!options.headers) {
            options.headers = {};
        }
        options.headers[key] = value;
    }
};
/**
 * To delete the header key to the given request
 * @param options - The request options object
 * @param key - The header key string
 */
const deleteRequestHeader = (options, key) => {
    if (options) {
        if (!options.headers) {
            options.headers = {};
        }
        delete options.headers[key];
    }
};
/**
 * To append the header value to the given request
 * @param options - The request options object
 * @param key - The header key string
 * @param value - The header value string
 * @param separator - The separator string
 */
const appendRequestHeader = (options, key, value, separator = ", ") => {
    if (options) {
        if (!options.headers) {
            options.headers = {};
        }
        if (!options.headers[key]) {
            options.headers[key] = value;
        }
        else {
            options.headers[key] += `${separator}${value}`;
        }
    }
};
//# sourceMappingURL=headersUtil.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/authorizationHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */



class AuthorizationHandler {
    constructor(authenticationProvider) {
        this.authenticationProvider = authenticationProvider;
        this.getClaimsFromResponse = (response, claims) => {
            if (response.status === 401 && !claims) {
                // avoid infinite loop, we only retry once
                // no need to check for the content since it's an array and it doesn't need to be rewound
                const rawAuthenticateHeader = response.headers.get("WWW-Authenticate");
                if (rawAuthenticateHeader && /^Bearer /gi.test(rawAuthenticateHeader)) {
                    const rawParameters = rawAuthenticateHeader.replace(/^Bearer /gi, "").split(",");
                    for (const rawParameter of rawParameters) {
                        const trimmedParameter = rawParameter.trim();
                        if (/claims="[^"]+"/gi.test(trimmedParameter)) {
                            return trimmedParameter.replace(/claims="([^"]+)"/gi, "$1");
                        }
                    }
                }
            }
            return undefined;
        };
        if (!authenticationProvider) {
            throw new Error("authenticationProvider cannot be undefined");
        }
    }
    execute(url, requestInit, requestOptions) {
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("authorizationHandler - execute", (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.authorization.enable", true);
                    return this.executeInternal(url, requestInit, requestOptions, span);
                }
                finally {
                    span.end();
                }
            });
        }
        return this.executeInternal(url, requestInit, requestOptions, undefined);
    }
    async executeInternal(url, fetchRequestInit, requestOptions, span) {
        var _a, _b;
        if (this.authorizationIsPresent(fetchRequestInit)) {
            span === null || span === void 0 ? void 0 : span.setAttribute("com.microsoft.kiota.handler.authorization.token_present", true);
            return await this.next.execute(url, fetchRequestInit, requestOptions);
        }
        const token = await this.authenticateRequest(url);
        setRequestHeader(fetchRequestInit, AuthorizationHandler.AUTHORIZATION_HEADER, `Bearer ${token}`);
        const response = await ((_a = this.next) === null || _a === void 0 ? void 0 : _a.execute(url, fetchRequestInit, requestOptions));
        if (!response) {
            throw new Error("Response is undefined");
        }
        if (response.status !== 401) {
            return response;
        }
        const claims = this.getClaimsFromResponse(response);
        if (!claims) {
            return response;
        }
        span === null || span === void 0 ? void 0 : span.addEvent("com.microsoft.kiota.handler.authorization.challenge_received");
        const claimsToken = await this.authenticateRequest(url, claims);
        setRequestHeader(fetchRequestInit, AuthorizationHandler.AUTHORIZATION_HEADER, `Bearer ${claimsToken}`);
        span === null || span === void 0 ? void 0 : span.setAttribute("http.request.resend_count", 1);
        const retryResponse = await ((_b = this.next) === null || _b === void 0 ? void 0 : _b.execute(url, fetchRequestInit, requestOptions));
        if (!retryResponse) {
            throw new Error("Response is undefined");
        }
        return retryResponse;
    }
    authorizationIsPresent(request) {
        if (!request) {
            return false;
        }
        const authorizationHeader = getRequestHeader(request, AuthorizationHandler.AUTHORIZATION_HEADER);
        return authorizationHeader !== undefined && authorizationHeader !== null;
    }
    async authenticateRequest(url, claims) {
        const additionalAuthenticationContext = {};
        if (claims) {
            additionalAuthenticationContext.claims = claims;
        }
        return await this.authenticationProvider.accessTokenProvider.getAuthorizationToken(url, additionalAuthenticationContext);
    }
}
/**
 * A member holding the name of content range header
 */
AuthorizationHandler.AUTHORIZATION_HEADER = "Authorization";
//# sourceMappingURL=authorizationHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/ChaosHandlerData.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * Contains RequestMethod to corresponding array of possible status codes, used for Random mode
 */
const methodStatusCode = {
    GET: [429, 500, 502, 503, 504],
    QUERY: [429, 500, 502, 503, 504],
    POST: [429, 500, 502, 503, 504, 507],
    PUT: [429, 500, 502, 503, 504, 507],
    PATCH: [429, 500, 502, 503, 504],
    DELETE: [429, 500, 502, 503, 504, 507],
};
/**
 * Contains statusCode to statusMessage map
 */
const httpStatusCode = {
    100: "Continue",
    101: "Switching Protocols",
    102: "Processing",
    103: "Early Hints",
    200: "OK",
    201: "Created",
    202: "Accepted",
    203: "Non-Authoritative Information",
    204: "No Content",
    205: "Reset Content",
    206: "Partial Content",
    207: "Multi-Status",
    208: "Already Reported",
    226: "IM Used",
    300: "Multiple Choices",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    304: "Not Modified",
    305: "Use Proxy",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    407: "Proxy Authentication Required",
    408: "Request Timeout",
    409: "Conflict",
    410: "Gone",
    411: "Length Required",
    412: "Precondition Failed",
    413: "Payload Too Large",
    414: "URI Too Long",
    415: "Unsupported Media Type",
    416: "Range Not Satisfiable",
    417: "Expectation Failed",
    421: "Misdirected Request",
    422: "Unprocessable Entity",
    423: "Locked",
    424: "Failed Dependency",
    425: "Too Early",
    426: "Upgrade Required",
    428: "Precondition Required",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    451: "Unavailable For Legal Reasons",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    505: "HTTP Version Not Supported",
    506: "Variant Also Negotiates",
    507: "Insufficient Storage",
    508: "Loop Detected",
    510: "Not Extended",
    511: "Network Authentication Required",
};
//# sourceMappingURL=ChaosHandlerData.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/chaosStrategy.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * @module ChaosStrategy
 */
/**
 * Strategy used for Testing Handler
 */
var ChaosStrategy;
(function (ChaosStrategy) {
    ChaosStrategy[ChaosStrategy["MANUAL"] = 0] = "MANUAL";
    ChaosStrategy[ChaosStrategy["RANDOM"] = 1] = "RANDOM";
})(ChaosStrategy || (ChaosStrategy = {}));
//# sourceMappingURL=chaosStrategy.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/chaosHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */




/**
 *
 * Class
 * Middleware
 * Class representing RedirectHandler
 */
class ChaosHandler {
    /**
     *
     * To create an instance of ChaosHandler
     * @param [options] - The chaos handler options instance
     * @param manualMap - The Map passed by user containing url-statusCode info
     */
    constructor(options, manualMap) {
        /**
         * A member holding options to customize the handler behavior
         */
        this.options = {
            chaosStrategy: ChaosStrategy.RANDOM,
            statusMessage: "A random status message",
            chaosPercentage: 10,
        };
        const chaosOptions = Object.assign(this.options, options);
        if (chaosOptions.chaosPercentage > 100 || chaosOptions.chaosPercentage < 0) {
            throw new Error("Chaos Percentage must be set to a value between 0 and 100.");
        }
        this.options = chaosOptions;
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
        this.manualMap = manualMap !== null && manualMap !== void 0 ? manualMap : new Map();
    }
    /**
     * Fetches a random status code for the RANDOM mode from the predefined array
     * @param requestMethod - the API method for the request
     * @returns a random status code from a given set of status codes
     */
    generateRandomStatusCode(requestMethod) {
        const statusCodeArray = methodStatusCode[requestMethod];
        return statusCodeArray[Math.floor(Math.random() * statusCodeArray.length)];
    }
    /**
     * Strips out the host url and returns the relative url only
     * @param chaosHandlerOptions - The ChaosHandlerOptions object
     * @param urlMethod - the complete URL
     * @returns the string as relative URL
     */
    getRelativeURL(chaosHandlerOptions, urlMethod) {
        const baseUrl = chaosHandlerOptions.baseUrl;
        if (baseUrl === undefined) {
            return urlMethod;
        }
        return urlMethod.replace(baseUrl, "").trim();
    }
    /**
     * Gets a status code from the options or a randomly generated status code
     * @param chaosHandlerOptions - The ChaosHandlerOptions object
     * @param requestURL - the URL for the request
     * @param requestMethod - the API method for the request
     * @returns generated statusCode
     */
    getStatusCode(chaosHandlerOptions, requestURL, requestMethod) {
        if (chaosHandlerOptions.chaosStrategy === ChaosStrategy.MANUAL) {
            if (chaosHandlerOptions.statusCode !== undefined) {
                return chaosHandlerOptions.statusCode;
            }
            else {
                // manual mode with no status code, can be a global level or request level without statusCode
                const relativeURL = this.getRelativeURL(chaosHandlerOptions, requestURL);
                const definedResponses = this.manualMap.get(relativeURL);
                if (definedResponses !== undefined) {
                    // checking Manual Map for exact match
                    const mapCode = definedResponses.get(requestMethod);
                    if (mapCode !== undefined) {
                        return mapCode;
                    }
                    // else statusCode would be undefined
                }
                else {
                    // checking for regex match if exact match doesn't work
                    this.manualMap.forEach((value, key) => {
                        var _a;
                        const regexURL = new RegExp(key + "$");
                        if (regexURL.test(relativeURL)) {
                            const responseCode = (_a = this.manualMap.get(key)) === null || _a === void 0 ? void 0 : _a.get(requestMethod);
                            if (responseCode !== undefined) {
                                return responseCode;
                            }
                        }
                    });
                }
            }
        }
        // for manual mode status or if the url was not mapped to a code return a random status
        return this.generateRandomStatusCode(requestMethod);
    }
    /**
     * Generates a response body for the chaos response
     * @param chaosHandlerOptions - The ChaosHandlerOptions object
     * @param statusCode - the status code for the response
     * @returns the response body
     */
    createResponseBody(chaosHandlerOptions, statusCode) {
        if (chaosHandlerOptions.responseBody) {
            return chaosHandlerOptions.responseBody;
        }
        let body;
        if (statusCode >= 400) {
            const codeMessage = httpStatusCode[statusCode];
            const errMessage = chaosHandlerOptions.statusMessage;
            body = {
                error: {
                    code: codeMessage,
                    message: errMessage,
                },
            };
        }
        else {
            body = {};
        }
        return body;
    }
    /**
     * Composes a new chaotic response code with the configured parameters
     * @param url The url of the request
     * @param fetchRequestInit The fetch request init object
     * @returns a response object with the configured parameters
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    createChaosResponse(url, fetchRequestInit) {
        var _a;
        if (fetchRequestInit.method === undefined) {
            throw new Error("Request method must be defined.");
        }
        const requestMethod = fetchRequestInit.method;
        const statusCode = this.getStatusCode(this.options, url, requestMethod);
        const responseBody = this.createResponseBody(this.options, statusCode);
        const stringBody = typeof responseBody === "string" ? responseBody : JSON.stringify(responseBody);
        return {
            url,
            body: stringBody,
            status: statusCode,
            statusText: this.options.statusMessage,
            headers: (_a = this.options.headers) !== null && _a !== void 0 ? _a : {},
        };
    }
    execute(url, requestInit, requestOptions) {
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("chaosHandler - execute", (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.chaos.enable", true);
                    return this.runChaos(url, requestInit, requestOptions);
                }
                finally {
                    span.end();
                }
            });
        }
        return this.runChaos(url, requestInit, requestOptions);
    }
    runChaos(url, requestInit, requestOptions, span) {
        if (Math.floor(Math.random() * 100) < this.options.chaosPercentage) {
            span === null || span === void 0 ? void 0 : span.addEvent(ChaosHandler.chaosHandlerTriggeredEventKey);
            return Promise.resolve(this.createChaosResponse(url, requestInit));
        }
        else {
            if (!this.next) {
                throw new Error("Please set the next middleware to continue the request");
            }
            return this.next.execute(url, requestInit, requestOptions);
        }
    }
}
ChaosHandler.chaosHandlerTriggeredEventKey = "com.microsoft.kiota.chaos_handler_triggered";
//# sourceMappingURL=chaosHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/compressionHandlerOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * Key for the compression replace handler options.
 */
const CompressionHandlerOptionsKey = "CompressionHandlerOptionsKey";
/**
 * Options for the compression handler.
 */
class CompressionHandlerOptions {
    /**
     * Create a new instance of the CompressionHandlerOptions class
     * @param config the configuration to apply to the compression handler options.
     */
    constructor(config) {
        var _a;
        this._enableCompression = (_a = config === null || config === void 0 ? void 0 : config.enableCompression) !== null && _a !== void 0 ? _a : true;
    }
    /**
     * @inheritdoc
     */
    getKey() {
        return CompressionHandlerOptionsKey;
    }
    /**
     * Returns whether the compression handler is enabled or not.
     * @returns whether the compression handler is enabled or not.
     */
    get ShouldCompress() {
        return this._enableCompression;
    }
}
//# sourceMappingURL=compressionHandlerOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/compressionHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */





/**
 * Compress the url content.
 */
class CompressionHandler {
    /**
     * Creates a new instance of the CompressionHandler class
     * @param handlerOptions The options for the compression handler.
     * @returns An instance of the CompressionHandler class
     */
    constructor(handlerOptions = new CompressionHandlerOptions()) {
        this.handlerOptions = handlerOptions;
        if (!handlerOptions) {
            throw new Error("handlerOptions cannot be undefined");
        }
    }
    /**
     * @inheritdoc
     */
    execute(url, requestInit, requestOptions) {
        let currentOptions = this.handlerOptions;
        if (requestOptions === null || requestOptions === void 0 ? void 0 : requestOptions[CompressionHandlerOptionsKey]) {
            currentOptions = requestOptions[CompressionHandlerOptionsKey];
        }
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("compressionHandler - execute", (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.compression.enable", currentOptions.ShouldCompress);
                    return this.executeInternal(currentOptions, url, requestInit, requestOptions, span);
                }
                finally {
                    span.end();
                }
            });
        }
        return this.executeInternal(currentOptions, url, requestInit, requestOptions);
    }
    async executeInternal(options, url, requestInit, requestOptions, span) {
        var _a, _b, _c, _d;
        if (!options.ShouldCompress || this.contentRangeBytesIsPresent(requestInit.headers) || this.contentEncodingIsPresent(requestInit.headers) || requestInit.body === null || requestInit.body === undefined) {
            return (_b = (_a = this.next) === null || _a === void 0 ? void 0 : _a.execute(url, requestInit, requestOptions)) !== null && _b !== void 0 ? _b : Promise.reject(new Error("Response is undefined"));
        }
        span === null || span === void 0 ? void 0 : span.setAttribute("http.request.body.compressed", true);
        const unCompressedBody = requestInit.body;
        const unCompressedBodySize = this.getRequestBodySize(unCompressedBody);
        // compress the request body
        const compressedBody = await this.compressRequestBody(unCompressedBody);
        if (unCompressedBody instanceof URLSearchParams) {
            const headers = new Headers(requestInit.headers);
            if (!headers.has("Content-Type")) {
                headers.set("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8");
            }
            requestInit.headers = Object.fromEntries(headers.entries());
        }
        // add Content-Encoding to request header
        setRequestHeader(requestInit, CompressionHandler.CONTENT_ENCODING_HEADER, "gzip");
        requestInit.body = compressedBody.compressedBody;
        span === null || span === void 0 ? void 0 : span.setAttribute("http.request.body.size", compressedBody.size);
        // execute the next middleware and check if the response code is 415
        let response = await ((_c = this.next) === null || _c === void 0 ? void 0 : _c.execute(url, requestInit, requestOptions));
        if (!response) {
            throw new Error("Response is undefined");
        }
        if (response.status === 415) {
            // remove the Content-Encoding header
            deleteRequestHeader(requestInit, CompressionHandler.CONTENT_ENCODING_HEADER);
            requestInit.body = unCompressedBody;
            span === null || span === void 0 ? void 0 : span.setAttribute("http.request.body.compressed", false);
            span === null || span === void 0 ? void 0 : span.setAttribute("http.request.body.size", unCompressedBodySize);
            response = await ((_d = this.next) === null || _d === void 0 ? void 0 : _d.execute(url, requestInit, requestOptions));
        }
        return response !== undefined && response !== null ? Promise.resolve(response) : Promise.reject(new Error("Response is undefined"));
    }
    contentRangeBytesIsPresent(header) {
        var _a;
        if (!header) {
            return false;
        }
        const contentRange = getRequestHeader(header, CompressionHandler.CONTENT_RANGE_HEADER);
        return (_a = contentRange === null || contentRange === void 0 ? void 0 : contentRange.toLowerCase().includes("bytes")) !== null && _a !== void 0 ? _a : false;
    }
    contentEncodingIsPresent(header) {
        if (!header) {
            return false;
        }
        return getRequestHeader(header, CompressionHandler.CONTENT_ENCODING_HEADER) !== undefined;
    }
    getRequestBodySize(body) {
        if (!body) {
            return 0;
        }
        if (typeof body === "string") {
            return body.length;
        }
        if (body instanceof URLSearchParams) {
            return new TextEncoder().encode(body.toString()).byteLength;
        }
        if (body instanceof Blob) {
            return body.size;
        }
        if (body instanceof ArrayBuffer) {
            return body.byteLength;
        }
        if (ArrayBuffer.isView(body)) {
            return body.byteLength;
        }
        if ((0,src/* inNodeEnv */.Hj)() && Buffer.isBuffer(body)) {
            return body.byteLength;
        }
        throw new Error("Unsupported body type");
    }
    readBodyAsBytes(body) {
        if (!body) {
            return { stream: new ReadableStream(), size: 0 };
        }
        const uint8ArrayToStream = (uint8Array) => {
            return new ReadableStream({
                start: (controller) => {
                    controller.enqueue(uint8Array);
                    controller.close();
                },
            });
        };
        if (typeof body === "string") {
            return { stream: uint8ArrayToStream(new TextEncoder().encode(body)), size: body.length };
        }
        if (body instanceof URLSearchParams) {
            const bytes = new TextEncoder().encode(body.toString());
            return { stream: uint8ArrayToStream(bytes), size: bytes.byteLength };
        }
        if (body instanceof Blob) {
            return { stream: body.stream(), size: body.size };
        }
        if (body instanceof ArrayBuffer) {
            return { stream: uint8ArrayToStream(new Uint8Array(body)), size: body.byteLength };
        }
        if (ArrayBuffer.isView(body)) {
            return { stream: uint8ArrayToStream(new Uint8Array(body.buffer, body.byteOffset, body.byteLength)), size: body.byteLength };
        }
        throw new Error("Unsupported body type");
    }
    async compressRequestBody(body) {
        const compressionData = this.readBodyAsBytes(body);
        const compressedBody = await this.compressUsingCompressionStream(compressionData.stream);
        return {
            compressedBody: compressedBody.body,
            size: compressedBody.size,
        };
    }
    async compressUsingCompressionStream(uint8ArrayStream) {
        const compressionStream = new CompressionStream("gzip");
        const compressedStream = uint8ArrayStream.pipeThrough(compressionStream);
        const reader = compressedStream.getReader();
        const compressedChunks = [];
        let totalLength = 0;
        let result = await reader.read();
        while (!result.done) {
            const chunk = result.value;
            compressedChunks.push(chunk);
            totalLength += chunk.length;
            result = await reader.read();
        }
        const compressedArray = new Uint8Array(totalLength);
        let offset = 0;
        for (const chunk of compressedChunks) {
            compressedArray.set(chunk, offset);
            offset += chunk.length;
        }
        return {
            body: compressedArray.buffer,
            size: compressedArray.length,
        };
    }
}
/**
 * A member holding the name of content range header
 */
CompressionHandler.CONTENT_RANGE_HEADER = "Content-Range";
/**
 * A member holding the name of content encoding header
 */
CompressionHandler.CONTENT_ENCODING_HEADER = "Content-Encoding";
//# sourceMappingURL=compressionHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/headersInspectionOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

const HeadersInspectionOptionsKey = "HeadersInspectionOptionsKey";
/**
 * RequestOption
 * Options
 * Options to inspect headers
 */
class HeadersInspectionOptions {
    /**
     * Gets the request headers
     * @returns the request headers
     */
    getRequestHeaders() {
        return this.requestHeaders;
    }
    /**
     * Gets the response headers
     * @returns the response headers
     */
    getResponseHeaders() {
        return this.responseHeaders;
    }
    /**
     *
     * To create an instance of HeadersInspectionOptions
     * @param [options] - The headers inspection options value
     * @returns An instance of HeadersInspectionOptions
     * @example const options = new HeadersInspectionOptions({ inspectRequestHeaders: true, inspectResponseHeaders: true });
     */
    constructor(options = {}) {
        var _a, _b;
        this.requestHeaders = new src/* Headers */.Lr();
        this.responseHeaders = new src/* Headers */.Lr();
        this.inspectRequestHeaders = (_a = options.inspectRequestHeaders) !== null && _a !== void 0 ? _a : false;
        this.inspectResponseHeaders = (_b = options.inspectResponseHeaders) !== null && _b !== void 0 ? _b : false;
    }
    getKey() {
        return HeadersInspectionOptionsKey;
    }
}
//# sourceMappingURL=headersInspectionOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/headersInspectionHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */



/**
 * Middleware
 * Inspects the headers of the request and response
 */
class HeadersInspectionHandler {
    /**
     *
     * Creates new instance of HeadersInspectionHandler
     * @param _options The options for inspecting the headers
     */
    constructor(_options = new HeadersInspectionOptions()) {
        this._options = _options;
    }
    execute(url, requestInit, requestOptions) {
        let currentOptions = this._options;
        if (requestOptions === null || requestOptions === void 0 ? void 0 : requestOptions[HeadersInspectionOptionsKey]) {
            currentOptions = requestOptions[HeadersInspectionOptionsKey];
        }
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("retryHandler - execute", (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.headersInspection.enable", true);
                    return this.executeInternal(url, requestInit, requestOptions, currentOptions);
                }
                finally {
                    span.end();
                }
            });
        }
        return this.executeInternal(url, requestInit, requestOptions, currentOptions);
    }
    async executeInternal(url, requestInit, requestOptions, currentOptions) {
        if (!this.next) {
            throw new Error("next middleware is undefined.");
        }
        if (currentOptions.inspectRequestHeaders && requestInit.headers) {
            for (const [key, value] of new Headers(requestInit.headers).entries()) {
                currentOptions.getRequestHeaders().add(key, value);
            }
        }
        const response = await this.next.execute(url, requestInit, requestOptions);
        if (currentOptions.inspectResponseHeaders && response.headers) {
            for (const [key, value] of response.headers.entries()) {
                currentOptions.getResponseHeaders().add(key, value);
            }
        }
        return response;
    }
}
//# sourceMappingURL=headersInspectionHandler.js.map
// EXTERNAL MODULE: ./node_modules/tslib/tslib.js
var tslib_tslib = __webpack_require__(61860);
;// CONCATENATED MODULE: ./node_modules/tslib/modules/index.js

const {
    __extends,
    __assign,
    __rest,
    __decorate,
    __param,
    __esDecorate,
    __runInitializers,
    __propKey,
    __setFunctionName,
    __metadata,
    __awaiter,
    __generator,
    __exportStar,
    __createBinding,
    __values,
    __read,
    __spread,
    __spreadArrays,
    __spreadArray,
    __await,
    __asyncGenerator,
    __asyncDelegator,
    __asyncValues,
    __makeTemplateObject,
    __importStar,
    __importDefault,
    __classPrivateFieldGet,
    __classPrivateFieldSet,
    __classPrivateFieldIn,
    __addDisposableResource,
    __disposeResources,
    __rewriteRelativeImportExtension,
} = tslib_tslib;

/* harmony default export */ const modules = ((/* unused pure expression or super */ null && (tslib)));

;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/bodyInspectionOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
const BodyInspectionOptionsKey = "BodyInspectionOptionsKey";
/**
 * RequestOption
 * Options to inspect request and response bodies
 * Note that inspecting bodies creates in-memory copies which increases memory usage.
 */
class BodyInspectionOptions {
    /**
     * Gets the request body as an ArrayBuffer.
     * Returns undefined if request body inspection was not enabled or if the request contains no body.
     * @returns the request body buffer
     */
    get requestBody() {
        return this._requestBody;
    }
    /**
     * Sets the request body buffer
     * @param body the request body buffer
     */
    set requestBody(body) {
        this._requestBody = body;
    }
    /**
     * Gets the response body as an ArrayBuffer.
     * Returns undefined if response body inspection was not enabled or if the response contains no body.
     * @returns the response body buffer
     */
    get responseBody() {
        return this._responseBody;
    }
    /**
     * Sets the response body buffer
     * @param body the response body buffer
     */
    set responseBody(body) {
        this._responseBody = body;
    }
    /**
     * Creates an instance of BodyInspectionOptions
     * @param [options] - The body inspection options value
     * @returns An instance of BodyInspectionOptions
     * @example const options = new BodyInspectionOptions({ inspectRequestBody: true, inspectResponseBody: true });
     */
    constructor(options = {}) {
        var _a, _b;
        this.inspectRequestBody = (_a = options.inspectRequestBody) !== null && _a !== void 0 ? _a : false;
        this.inspectResponseBody = (_b = options.inspectResponseBody) !== null && _b !== void 0 ? _b : false;
    }
    getKey() {
        return BodyInspectionOptionsKey;
    }
}
//# sourceMappingURL=bodyInspectionOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/bodyInspectionHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */




/**
 * Middleware
 * Inspects the body of the request and response
 */
class BodyInspectionHandler {
    /**
     * Creates new instance of BodyInspectionHandler
     * @param _options The options for inspecting the bodies
     */
    constructor(_options = new BodyInspectionOptions()) {
        this._options = _options;
    }
    execute(url, requestInit, requestOptions) {
        let currentOptions = this._options;
        if (requestOptions === null || requestOptions === void 0 ? void 0 : requestOptions[BodyInspectionOptionsKey]) {
            currentOptions = requestOptions[BodyInspectionOptionsKey];
        }
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("bodyInspectionHandler - execute", async (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.bodyInspection.enable", currentOptions.inspectRequestBody || currentOptions.inspectResponseBody);
                    return await this.executeInternal(url, requestInit, requestOptions, currentOptions);
                }
                finally {
                    span.end();
                }
            });
        }
        return this.executeInternal(url, requestInit, requestOptions, currentOptions);
    }
    async executeInternal(url, requestInit, requestOptions, currentOptions) {
        if (!this.next) {
            throw new Error("next middleware is undefined.");
        }
        currentOptions.requestBody = undefined;
        currentOptions.responseBody = undefined;
        if (currentOptions.inspectRequestBody) {
            if (requestInit.body !== undefined && requestInit.body !== null) {
                await this.inspectRequestBody(requestInit, currentOptions);
            }
        }
        const response = await this.next.execute(url, requestInit, requestOptions);
        if (currentOptions.inspectResponseBody) {
            if (response) {
                await this.inspectResponseBody(response, currentOptions);
            }
        }
        return response;
    }
    async inspectRequestBody(requestInit, currentOptions) {
        var _a, e_1, _b, _c;
        const rawBody = requestInit.body;
        if (typeof rawBody === "string") {
            currentOptions.requestBody = new TextEncoder().encode(rawBody).buffer;
        }
        else if (rawBody instanceof ArrayBuffer) {
            currentOptions.requestBody = rawBody.slice(0);
        }
        else if (ArrayBuffer.isView(rawBody)) {
            currentOptions.requestBody = rawBody.buffer.slice(rawBody.byteOffset, rawBody.byteOffset + rawBody.byteLength);
        }
        else if (typeof Blob !== "undefined" && rawBody instanceof Blob) {
            const buffer = await rawBody.arrayBuffer();
            currentOptions.requestBody = buffer.slice(0);
            requestInit.body = new Blob([buffer], { type: rawBody.type });
        }
        else if (typeof ReadableStream !== "undefined" && rawBody instanceof ReadableStream) {
            const stream = rawBody;
            const reader = stream.getReader();
            const chunks = [];
            let totalLength = 0;
            try {
                while (true) {
                    const result = await reader.read();
                    if (result.done) {
                        break;
                    }
                    const chunk = result.value;
                    if (chunk) {
                        chunks.push(chunk);
                        totalLength += chunk.length;
                    }
                }
            }
            finally {
                reader.releaseLock();
            }
            const concatenated = this.concatenateChunks(chunks, totalLength);
            currentOptions.requestBody = concatenated.buffer;
            requestInit.body = concatenated;
        }
        else if (typeof URLSearchParams !== "undefined" && rawBody instanceof URLSearchParams) {
            currentOptions.requestBody = new TextEncoder().encode(rawBody.toString()).buffer;
        }
        else if (this.isAsyncIterable(rawBody)) {
            const chunks = [];
            let totalLength = 0;
            try {
                for (var _d = true, rawBody_1 = __asyncValues(rawBody), rawBody_1_1; rawBody_1_1 = await rawBody_1.next(), _a = rawBody_1_1.done, !_a; _d = true) {
                    _c = rawBody_1_1.value;
                    _d = false;
                    const chunk = _c;
                    const bytes = this.toBytes(chunk);
                    chunks.push(bytes);
                    totalLength += bytes.byteLength;
                }
            }
            catch (e_1_1) { e_1 = { error: e_1_1 }; }
            finally {
                try {
                    if (!_d && !_a && (_b = rawBody_1.return)) await _b.call(rawBody_1);
                }
                finally { if (e_1) throw e_1.error; }
            }
            const concatenated = this.concatenateChunks(chunks, totalLength);
            currentOptions.requestBody = concatenated.buffer;
            requestInit.body = concatenated;
        }
    }
    isAsyncIterable(value) {
        return typeof value === "object" && value !== null && Symbol.asyncIterator in value && typeof value[Symbol.asyncIterator] === "function";
    }
    toBytes(value) {
        if (typeof value === "string") {
            return new TextEncoder().encode(value);
        }
        if (value instanceof ArrayBuffer) {
            return new Uint8Array(value);
        }
        if (ArrayBuffer.isView(value)) {
            return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        }
        throw new TypeError("Request body streams must emit strings or byte arrays.");
    }
    concatenateChunks(chunks, totalLength) {
        const concatenated = new Uint8Array(totalLength);
        let offset = 0;
        for (const chunk of chunks) {
            concatenated.set(chunk, offset);
            offset += chunk.byteLength;
        }
        return concatenated;
    }
    async inspectResponseBody(response, currentOptions) {
        if (typeof response.clone === "function") {
            try {
                const cloned = response.clone();
                const buffer = await cloned.arrayBuffer();
                if (buffer.byteLength > 0) {
                    currentOptions.responseBody = buffer;
                }
                else {
                    currentOptions.responseBody = undefined;
                }
            }
            catch (_a) {
                currentOptions.responseBody = undefined;
            }
        }
    }
}
//# sourceMappingURL=bodyInspectionHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/parametersNameDecodingOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
const ParametersNameDecodingHandlerOptionsKey = "RetryHandlerOptionKey";
/** The ParametersNameDecodingOptions request class */
class ParametersNameDecodingHandlerOptions {
    getKey() {
        return ParametersNameDecodingHandlerOptionsKey;
    }
    /**
     *
     * To create an instance of ParametersNameDecodingHandlerOptions
     * @param [options] - The optional parameters
     * @returns An instance of ParametersNameDecodingHandlerOptions
     * @example ParametersNameDecodingHandlerOptions({ enable: true, charactersToDecode: [".", "-", "~", "$"] });
     */
    constructor(options = {}) {
        var _a, _b;
        this.enable = (_a = options.enable) !== null && _a !== void 0 ? _a : true;
        this.charactersToDecode = (_b = options.charactersToDecode) !== null && _b !== void 0 ? _b : [".", "-", "~", "$"];
    }
}
//# sourceMappingURL=parametersNameDecodingOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/parametersNameDecodingHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */



/**
 * @module ParametersNameDecodingHandler
 */
class ParametersNameDecodingHandler {
    /**
     *
     * To create an instance of ParametersNameDecodingHandler
     * @param [options] - The parameters name decoding handler options value
     */
    constructor(options = new ParametersNameDecodingHandlerOptions()) {
        this.options = options;
        if (!options) {
            throw new Error("The options parameter is required.");
        }
    }
    /**
     * To execute the current middleware
     * @param url - The url to be fetched
     * @param requestInit - The request init object
     * @param requestOptions - The request options
     * @returns A Promise that resolves to nothing
     */
    execute(url, requestInit, requestOptions) {
        let currentOptions = this.options;
        if (requestOptions === null || requestOptions === void 0 ? void 0 : requestOptions[ParametersNameDecodingHandlerOptionsKey]) {
            currentOptions = requestOptions[ParametersNameDecodingHandlerOptionsKey];
        }
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("parametersNameDecodingHandler - execute", (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.parameters_name_decoding.enable", currentOptions.enable);
                    return this.decodeParameters(url, requestInit, currentOptions, requestOptions);
                }
                finally {
                    span.end();
                }
            });
        }
        return this.decodeParameters(url, requestInit, currentOptions, requestOptions);
    }
    decodeParameters(url, requestInit, currentOptions, requestOptions) {
        var _a, _b;
        let updatedUrl = url;
        if (currentOptions && currentOptions.enable && url.includes("%") && currentOptions.charactersToDecode && currentOptions.charactersToDecode.length > 0) {
            currentOptions.charactersToDecode.forEach((character) => {
                updatedUrl = updatedUrl.replace(new RegExp(`%${character.charCodeAt(0).toString(16)}`, "gi"), character);
            });
        }
        return (_b = (_a = this.next) === null || _a === void 0 ? void 0 : _a.execute(updatedUrl, requestInit, requestOptions)) !== null && _b !== void 0 ? _b : Promise.reject(new Error("The next middleware is not set."));
    }
}
//# sourceMappingURL=parametersNameDecodingHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/redirectHandlerOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
const RedirectHandlerOptionKey = "RedirectHandlerOption";
/**
 * The default implementation for scrubbing sensitive headers during redirects.
 * This function removes Authorization, Cookie, and Proxy-Authorization headers when the host or scheme changes.
 *
 * It is exported so that consumers providing a custom {@link ScrubSensitiveHeaders} callback can call it to
 * retain the default behavior and then layer additional logic on top (e.g. removing custom headers such as
 * `X-Api-Key`), matching the composable pattern available in the .NET and Python Kiota SDKs.
 *
 * Note: In browser environments, `Proxy-Authorization` is a forbidden header name and typically cannot be set;
 * it is still removed here if present (e.g. in Node.js or other non-browser runtimes).
 * @param headers - The headers object to modify
 * @param originalUrl - The original request URL
 * @param newUrl - The new redirect URL
 */
const defaultScrubSensitiveHeaders = (headers, originalUrl, newUrl) => {
    if (!headers || !originalUrl || !newUrl) {
        return;
    }
    try {
        const originalUri = new URL(originalUrl);
        const newUri = new URL(newUrl);
        // Remove Authorization, Cookie, and Proxy-Authorization headers if the request's scheme or host changes.
        // Header keys must be matched case-insensitively because FetchRequestAdapter.getRequestFromRequestInformation
        // lower-cases every header key before the headers object reaches this middleware, so PascalCase
        // property deletes such as `delete headers.Authorization` would otherwise be a no-op.
        const isDifferentHostOrScheme = originalUri.host.toLowerCase() !== newUri.host.toLowerCase() || originalUri.protocol.toLowerCase() !== newUri.protocol.toLowerCase();
        if (isDifferentHostOrScheme) {
            for (const key of Object.keys(headers)) {
                const lower = key.toLowerCase();
                if (lower === "authorization" || lower === "cookie" || lower === "proxy-authorization") {
                    delete headers[key];
                }
            }
        }
    }
    catch (_a) {
        // If URL parsing fails, don't modify headers
        // This handles cases where invalid URLs are passed
        return;
    }
};
/**
 * MiddlewareOptions
 * A class representing RedirectHandlerOptions
 */
class RedirectHandlerOptions {
    /**
     *
     * To create an instance of RedirectHandlerOptions
     * @param [options] - The redirect handler options instance
     * @returns An instance of RedirectHandlerOptions
     * @throws Error if maxRedirects is more than 20 or less than 0
     * @example	const options = new RedirectHandlerOptions({ maxRedirects: 5 });
     */
    constructor(options = {}) {
        var _a, _b, _c;
        if (options.maxRedirects && options.maxRedirects > RedirectHandlerOptions.MAX_MAX_REDIRECTS) {
            const error = new Error(`MaxRedirects should not be more than ${RedirectHandlerOptions.MAX_MAX_REDIRECTS}`);
            error.name = "MaxLimitExceeded";
            throw error;
        }
        if (options.maxRedirects !== undefined && options.maxRedirects < 0) {
            const error = new Error(`MaxRedirects should not be negative`);
            error.name = "MinExpectationNotMet";
            throw error;
        }
        this.maxRedirects = (_a = options.maxRedirects) !== null && _a !== void 0 ? _a : RedirectHandlerOptions.DEFAULT_MAX_REDIRECTS;
        this.shouldRedirect = (_b = options.shouldRedirect) !== null && _b !== void 0 ? _b : RedirectHandlerOptions.defaultShouldRetry;
        this.scrubSensitiveHeaders = (_c = options.scrubSensitiveHeaders) !== null && _c !== void 0 ? _c : RedirectHandlerOptions.defaultScrubSensitiveHeaders;
    }
    getKey() {
        return RedirectHandlerOptionKey;
    }
}
/**
 * A member holding default max redirects value
 */
RedirectHandlerOptions.DEFAULT_MAX_REDIRECTS = 5;
/**
 * A member holding maximum max redirects value
 */
RedirectHandlerOptions.MAX_MAX_REDIRECTS = 20;
/**
 *
 * A member holding default shouldRedirect callback
 * @returns true
 */
RedirectHandlerOptions.defaultShouldRetry = () => true;
/**
 * The default {@link ScrubSensitiveHeaders} callback used when none is supplied.
 * Delegates to the exported {@link defaultScrubSensitiveHeaders} function.
 */
RedirectHandlerOptions.defaultScrubSensitiveHeaders = defaultScrubSensitiveHeaders;
//# sourceMappingURL=redirectHandlerOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/redirectHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * @module RedirectHandler
 */




/**
 *
 * Class
 * Middleware
 * Class representing RedirectHandler
 */
class RedirectHandler {
    /**
     *
     *
     * To create an instance of RedirectHandler
     * @param [options] - The redirect handler options instance
     * @returns An instance of RedirectHandler
     */
    constructor(options = new RedirectHandlerOptions()) {
        this.options = options;
        if (!options) {
            throw new Error("The options parameter is required.");
        }
    }
    /**
     *
     * To check whether the response has the redirect status code or not
     * @param response - The response object
     * @returns A boolean representing whether the response contains the redirect status code or not
     */
    isRedirect(response) {
        return RedirectHandler.REDIRECT_STATUS_CODES.has(response.status);
    }
    /**
     *
     * To check whether the response has location header or not
     * @param response - The response object
     * @returns A boolean representing the whether the response has location header or not
     */
    hasLocationHeader(response) {
        return response.headers.has(RedirectHandler.LOCATION_HEADER);
    }
    /**
     *
     * To get the redirect url from location header in response object
     * @param response - The response object
     * @returns A redirect url from location header
     */
    getLocationHeader(response) {
        return response.headers.get(RedirectHandler.LOCATION_HEADER);
    }
    /**
     *
     * To check whether the given url is a relative url or not
     * @param url - The url string value
     * @returns A boolean representing whether the given url is a relative url or not
     */
    isRelativeURL(url) {
        return !url.includes("://");
    }
    /**
     * To execute the next middleware and to handle in case of redirect response returned by the server
     * @param url - The url string value
     * @param fetchRequestInit - The Fetch RequestInit object
     * @param redirectCount - The redirect count value
     * @param currentOptions - The redirect handler options instance
     * @param requestOptions - The request options
     * @param tracerName - The name to use for the tracer
     * @returns A promise that resolves to nothing
     */
    async executeWithRedirect(url, fetchRequestInit, redirectCount, currentOptions, requestOptions, tracerName) {
        var _a;
        const response = await ((_a = this.next) === null || _a === void 0 ? void 0 : _a.execute(url, fetchRequestInit, requestOptions));
        if (!response) {
            throw new Error("Response is undefined");
        }
        if (redirectCount < currentOptions.maxRedirects && this.isRedirect(response) && this.hasLocationHeader(response) && currentOptions.shouldRedirect(response)) {
            ++redirectCount;
            const redirectUrl = this.getLocationHeader(response);
            if (!redirectUrl) {
                return response;
            }
            // Resolve relative URLs
            const newUrl = this.isRelativeURL(redirectUrl) ? new URL(redirectUrl, url).toString() : redirectUrl;
            // Scrub sensitive headers before following the redirect
            if (fetchRequestInit.headers) {
                currentOptions.scrubSensitiveHeaders(fetchRequestInit.headers, url, newUrl);
            }
            // Handle 303 See Other: change POST to GET
            if (response.status === RedirectHandler.STATUS_CODE_SEE_OTHER) {
                fetchRequestInit.method = src/* HttpMethod */.ym.GET;
                delete fetchRequestInit.body;
            }
            url = newUrl;
            if (tracerName) {
                return trace_api/* trace */.u.getTracer(tracerName).startActiveSpan(`redirectHandler - redirect ${redirectCount}`, (span) => {
                    try {
                        span.setAttribute("com.microsoft.kiota.handler.redirect.count", redirectCount);
                        span.setAttribute("http.response.status_code", response.status);
                        return this.executeWithRedirect(url, fetchRequestInit, redirectCount, currentOptions, requestOptions);
                    }
                    finally {
                        span.end();
                    }
                });
            }
            return await this.executeWithRedirect(url, fetchRequestInit, redirectCount, currentOptions, requestOptions);
        }
        else {
            return response;
        }
    }
    /**
     * Executes the request and returns a promise resolving the response.
     * @param url - The url for the request
     * @param requestInit - The Fetch RequestInit object.
     * @param requestOptions - The request options.
     * @returns A Promise that resolves to the response.
     */
    execute(url, requestInit, requestOptions) {
        const redirectCount = 0;
        let currentOptions = this.options;
        if (requestOptions === null || requestOptions === void 0 ? void 0 : requestOptions[RedirectHandlerOptionKey]) {
            currentOptions = requestOptions[RedirectHandlerOptionKey];
        }
        requestInit.redirect = RedirectHandler.MANUAL_REDIRECT;
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("redirectHandler - execute", (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.redirect.enable", true);
                    return this.executeWithRedirect(url, requestInit, redirectCount, currentOptions, requestOptions, obsOptions.getTracerInstrumentationName());
                }
                finally {
                    span.end();
                }
            });
        }
        return this.executeWithRedirect(url, requestInit, redirectCount, currentOptions, requestOptions);
    }
}
/**
 * A member holding the array of redirect status codes
 */
RedirectHandler.REDIRECT_STATUS_CODES = new Set([
    301, // Moved Permanently
    302, // Found
    303, // See Other
    307, // Temporary Permanently
    308, // Moved Permanently
]);
/**
 * A member holding SeeOther status code
 */
RedirectHandler.STATUS_CODE_SEE_OTHER = 303;
/**
 * A member holding the name of the location header
 */
RedirectHandler.LOCATION_HEADER = "Location";
/**
 * A member holding the manual redirect value
 */
RedirectHandler.MANUAL_REDIRECT = "manual";
//# sourceMappingURL=redirectHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/retryHandlerOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
const RetryHandlerOptionKey = "RetryHandlerOptionKey";
/**
 * RequestOption
 * Options
 * Class for RetryHandlerOptions
 */
class RetryHandlerOptions {
    /**
     *
     * To create an instance of RetryHandlerOptions
     * @param options - The RetryHandlerOptionsParams object
     * @returns An instance of RetryHandlerOptions
     * @example	const options = new RetryHandlerOptions({ maxRetries: 4 });
     */
    constructor(options = {}) {
        var _a, _b, _c;
        if (options.delay !== undefined && options.delay > RetryHandlerOptions.MAX_DELAY) {
            throw this.createError(`Delay should not be more than ${RetryHandlerOptions.MAX_DELAY}`, "MaxLimitExceeded");
        }
        if (options.maxRetries !== undefined && options.maxRetries > RetryHandlerOptions.MAX_MAX_RETRIES) {
            throw this.createError(`MaxRetries should not be more than ${RetryHandlerOptions.MAX_MAX_RETRIES}`, "MaxLimitExceeded");
        }
        if (options.delay !== undefined && options.delay < 0) {
            throw this.createError(`Delay should not be negative`, "MinExpectationNotMet");
        }
        if (options.maxRetries !== undefined && options.maxRetries < 0) {
            throw this.createError(`MaxRetries should not be negative`, "MinExpectationNotMet");
        }
        this.delay = Math.min((_a = options.delay) !== null && _a !== void 0 ? _a : RetryHandlerOptions.DEFAULT_DELAY, RetryHandlerOptions.MAX_DELAY);
        this.maxRetries = Math.min((_b = options.maxRetries) !== null && _b !== void 0 ? _b : RetryHandlerOptions.DEFAULT_MAX_RETRIES, RetryHandlerOptions.MAX_MAX_RETRIES);
        this.shouldRetry = (_c = options.shouldRetry) !== null && _c !== void 0 ? _c : RetryHandlerOptions.defaultShouldRetry;
    }
    /**
     *
     * Creates an error object with a message and name
     * @param message - The error message
     * @param name - The error name
     * @returns An error object
     */
    createError(message, name) {
        const error = new Error(message);
        error.name = name;
        return error;
    }
    /**
     *
     * To get the maximum delay
     * @returns A maximum delay
     */
    getMaxDelay() {
        return RetryHandlerOptions.MAX_DELAY;
    }
    getKey() {
        return RetryHandlerOptionKey;
    }
}
/**
 * A member holding default delay value in seconds
 */
RetryHandlerOptions.DEFAULT_DELAY = 3;
/**
 * A member holding default maxRetries value
 */
RetryHandlerOptions.DEFAULT_MAX_RETRIES = 3;
/**
 * A member holding maximum delay value in seconds
 */
RetryHandlerOptions.MAX_DELAY = 180;
/**
 * A member holding maximum maxRetries value
 */
RetryHandlerOptions.MAX_MAX_RETRIES = 10;
/**
 * A member holding default shouldRetry callback
 * @returns true
 */
RetryHandlerOptions.defaultShouldRetry = () => true;
//# sourceMappingURL=retryHandlerOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/retryHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * @module RetryHandler
 */





/**
 * Middleware
 * Class for RetryHandler
 */
class RetryHandler {
    /**
     *
     * To create an instance of RetryHandler
     * @param [options] - The retry handler options value
     * @returns An instance of RetryHandler
     */
    constructor(options = new RetryHandlerOptions()) {
        this.options = options;
        if (!options) {
            throw new Error("The options parameter is required.");
        }
    }
    /**
     *
     *
     * To check whether the response has the retry status code
     * @param response - The response object
     * @returns Whether the response has retry status code or not
     */
    isRetry(response) {
        return RetryHandler.RETRY_STATUS_CODES.has(response.status);
    }
    /**
     *
     * To check whether the payload is buffered or not
     * @param options - The options of a request
     * @returns Whether the payload is buffered or not
     */
    isBuffered(options) {
        var _a;
        const method = options.method;
        const isPutPatchPostOrQuery = method === src/* HttpMethod */.ym.PUT || method === src/* HttpMethod */.ym.PATCH || method === src/* HttpMethod */.ym.POST || method === src/* HttpMethod */.ym.QUERY;
        if (isPutPatchPostOrQuery) {
            const isStream = ((_a = getRequestHeader(options, "content-type")) === null || _a === void 0 ? void 0 : _a.toLowerCase()) === "application/octet-stream";
            if (isStream) {
                return false;
            }
        }
        return true;
    }
    /**
     *
     * To get the delay for a retry
     * @param response - The response object
     * @param retryAttempts - The current attempt count
     * @param delay - The delay value in seconds
     * @returns A delay for a retry
     */
    getDelay(response, retryAttempts, delay) {
        const getRandomness = () => Number(Math.random().toFixed(3));
        const retryAfter = response.headers !== undefined ? response.headers.get(RetryHandler.RETRY_AFTER_HEADER) : null;
        let newDelay;
        if (retryAfter !== null) {
            // Retry-After: <http-date>
            if (Number.isNaN(Number(retryAfter))) {
                newDelay = Math.round((new Date(retryAfter).getTime() - Date.now()) / 1000);
            }
            else {
                // Retry-After: <delay-seconds>
                newDelay = Number(retryAfter);
            }
        }
        else {
            // Adding randomness to avoid retrying at a same
            newDelay = retryAttempts >= 2 ? this.getExponentialBackOffTime(retryAttempts) + delay + getRandomness() : delay + getRandomness();
        }
        return Math.min(newDelay, this.options.getMaxDelay() + getRandomness());
    }
    /**
     *
     * To get an exponential back off value
     * @param attempts - The current attempt count
     * @returns An exponential back off value
     */
    getExponentialBackOffTime(attempts) {
        return Math.round((1 / 2) * (2 ** attempts - 1));
    }
    /**
     * To add delay for the execution
     * @param delaySeconds - The delay value in seconds
     * @returns A Promise that resolves to nothing
     */
    async sleep(delaySeconds) {
        const delayMilliseconds = delaySeconds * 1000;
        return new Promise((resolve) => setTimeout(resolve, delayMilliseconds)); // browser or node
    }
    /**
     * To execute the middleware with retries
     * @param url - The request url
     * @param fetchRequestInit - The request options
     * @param retryAttempts - The current attempt count
     * @param currentOptions - The current request options for the retry handler.
     * @param requestOptions - The retry middleware options instance
     * @param tracerName - The name to use for the tracer
     * @returns A Promise that resolves to nothing
     */
    async executeWithRetry(url, fetchRequestInit, retryAttempts, currentOptions, requestOptions, tracerName) {
        var _a;
        const response = await ((_a = this.next) === null || _a === void 0 ? void 0 : _a.execute(url, fetchRequestInit, requestOptions));
        if (!response) {
            throw new Error("Response is undefined");
        }
        if (retryAttempts < currentOptions.maxRetries && this.isRetry(response) && this.isBuffered(fetchRequestInit) && currentOptions.shouldRetry(currentOptions.delay, retryAttempts, url, fetchRequestInit, response)) {
            ++retryAttempts;
            setRequestHeader(fetchRequestInit, RetryHandler.RETRY_ATTEMPT_HEADER, retryAttempts.toString());
            let delay = null;
            if (response) {
                delay = this.getDelay(response, retryAttempts, currentOptions.delay);
                await this.sleep(delay);
            }
            if (tracerName) {
                return await trace_api/* trace */.u.getTracer(tracerName).startActiveSpan(`retryHandler - attempt ${retryAttempts}`, (span) => {
                    try {
                        span.setAttribute("http.request.resend_count", retryAttempts);
                        if (delay) {
                            span.setAttribute("http.request.resend_delay", delay);
                        }
                        span.setAttribute("http.response.status_code", response.status);
                        return this.executeWithRetry(url, fetchRequestInit, retryAttempts, currentOptions, requestOptions);
                    }
                    finally {
                        span.end();
                    }
                });
            }
            return await this.executeWithRetry(url, fetchRequestInit, retryAttempts, currentOptions, requestOptions);
        }
        else {
            return response;
        }
    }
    /**
     * To execute the current middleware
     * @param url - The request url
     * @param requestInit - The request options
     * @param requestOptions - The request options
     * @returns A Promise that resolves to nothing
     */
    execute(url, requestInit, requestOptions) {
        const retryAttempts = 0;
        let currentOptions = this.options;
        if (requestOptions === null || requestOptions === void 0 ? void 0 : requestOptions[RetryHandlerOptionKey]) {
            currentOptions = requestOptions[RetryHandlerOptionKey];
        }
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("retryHandler - execute", (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.retry.enable", true);
                    return this.executeWithRetry(url, requestInit, retryAttempts, currentOptions, requestOptions, obsOptions.getTracerInstrumentationName());
                }
                finally {
                    span.end();
                }
            });
        }
        return this.executeWithRetry(url, requestInit, retryAttempts, currentOptions, requestOptions);
    }
}
/**
 * A list of status codes that needs to be retried
 */
RetryHandler.RETRY_STATUS_CODES = new Set([
    429, // Too many requests
    503, // Service unavailable
    504, // Gateway timeout
]);
/**
 * A member holding the name of retry attempt header
 */
RetryHandler.RETRY_ATTEMPT_HEADER = "Retry-Attempt";
/**
 * A member holding the name of retry after header
 */
RetryHandler.RETRY_AFTER_HEADER = "Retry-After";
//# sourceMappingURL=retryHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/version.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
// x-release-please-start-version
const libraryVersion = "1.0.0-preview.24";
// x-release-please-end
//# sourceMappingURL=version.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/userAgentHandlerOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */

const UserAgentHandlerOptionsKey = "UserAgentHandlerOptionKey";
/**
 * Represents the options for the UserAgentHandler.
 */
class UserAgentHandlerOptions {
    getKey() {
        return UserAgentHandlerOptionsKey;
    }
    /**
     *
     * To create an instance of UserAgentHandlerOptions
     * @param [options] - The options for the UserAgentHandler
     * @example	const options = new UserAgentHandlerOptions({ enable: false });
     */
    constructor(options = {}) {
        var _a, _b, _c;
        this.enable = (_a = options.enable) !== null && _a !== void 0 ? _a : true;
        this.productName = (_b = options.productName) !== null && _b !== void 0 ? _b : "kiota-typescript";
        this.productVersion = (_c = options.productVersion) !== null && _c !== void 0 ? _c : libraryVersion;
    }
}
//# sourceMappingURL=userAgentHandlerOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/userAgentHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */




const USER_AGENT_HEADER_KEY = "User-Agent";
class UserAgentHandler {
    /**
     * To create an instance of UserAgentHandler
     * @param _options - The options for the middleware
     */
    constructor(_options = new UserAgentHandlerOptions()) {
        this._options = _options;
    }
    /** @inheritdoc */
    execute(url, requestInit, requestOptions) {
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("userAgentHandler - execute", (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.useragent.enable", true);
                    return this.addValue(url, requestInit, requestOptions);
                }
                finally {
                    span.end();
                }
            });
        }
        else {
            return this.addValue(url, requestInit, requestOptions);
        }
    }
    async addValue(url, requestInit, requestOptions) {
        var _a;
        let currentOptions = this._options;
        if (requestOptions === null || requestOptions === void 0 ? void 0 : requestOptions[UserAgentHandlerOptionsKey]) {
            currentOptions = requestOptions[UserAgentHandlerOptionsKey];
        }
        if (currentOptions.enable) {
            const additionalValue = `${currentOptions.productName}/${currentOptions.productVersion}`;
            const currentValue = getRequestHeader(requestInit, USER_AGENT_HEADER_KEY);
            if (!(currentValue === null || currentValue === void 0 ? void 0 : currentValue.includes(additionalValue))) {
                appendRequestHeader(requestInit, USER_AGENT_HEADER_KEY, additionalValue, " ");
            }
        }
        const response = await ((_a = this.next) === null || _a === void 0 ? void 0 : _a.execute(url, requestInit, requestOptions));
        if (!response)
            throw new Error("No response returned by the next middleware");
        return response;
    }
}
//# sourceMappingURL=userAgentHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/urlReplaceHandlerOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/**
 * Key for the url replace handler options.
 */
const UrlReplaceHandlerOptionsKey = "UrlReplaceHandlerOptionsKey";
/**
 * Options for the url replace handler.
 */
class UrlReplaceHandlerOptions {
    /**
     * Create a new instance of the UrlReplaceHandlerOptions class
     * @param config the configuration to apply to the url replace handler options.
     */
    constructor(config) {
        var _a, _b;
        if (config) {
            this._urlReplacements = (_a = config.urlReplacements) !== null && _a !== void 0 ? _a : {};
            this._enabled = (_b = config.enabled) !== null && _b !== void 0 ? _b : true;
        }
        else {
            this._urlReplacements = {};
            this._enabled = true;
        }
    }
    /**
     * @inheritdoc
     */
    getKey() {
        return UrlReplaceHandlerOptionsKey;
    }
    /**
     * Returns whether the url replace handler is enabled or not.
     * @returns whether the url replace handler is enabled or not.
     */
    get enabled() {
        return this._enabled;
    }
    /**
     * Returns the url replacements combinations.
     * @returns the url replacements combinations.
     */
    get urlReplacements() {
        return this._urlReplacements;
    }
}
//# sourceMappingURL=urlReplaceHandlerOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/urlReplaceHandler.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */



/**
 * Replaces url placeholders with values from the request option.
 */
class UrlReplaceHandler {
    /**
     *
     * Creates a new instance of the UrlReplaceHandler class
     * @param handlerOptions The options for the url replace handler.
     * @returns An instance of the UrlReplaceHandler class
     */
    constructor(handlerOptions = new UrlReplaceHandlerOptions()) {
        this.handlerOptions = handlerOptions;
        if (!handlerOptions) {
            throw new Error("handlerOptions cannot be undefined");
        }
    }
    /**
     * @inheritdoc
     */
    execute(url, requestInit, requestOptions) {
        let currentOptions = this.handlerOptions;
        if (requestOptions === null || requestOptions === void 0 ? void 0 : requestOptions[UrlReplaceHandlerOptionsKey]) {
            currentOptions = requestOptions[UrlReplaceHandlerOptionsKey];
        }
        const obsOptions = getObservabilityOptionsFromRequest(requestOptions);
        if (obsOptions) {
            return trace_api/* trace */.u.getTracer(obsOptions.getTracerInstrumentationName()).startActiveSpan("urlReplaceHandler - execute", (span) => {
                try {
                    span.setAttribute("com.microsoft.kiota.handler.urlReplace.enable", currentOptions.enabled);
                    return this.replaceTokensInUrl(currentOptions, url, requestInit, requestOptions);
                }
                finally {
                    span.end();
                }
            });
        }
        return this.replaceTokensInUrl(currentOptions, url, requestInit, requestOptions);
    }
    replaceTokensInUrl(options, url, requestInit, requestOptions) {
        var _a;
        if (options.enabled) {
            Object.keys(options.urlReplacements).forEach((replacementKey) => {
                url = url.replace(replacementKey, options.urlReplacements[replacementKey]);
            });
        }
        const response = (_a = this.next) === null || _a === void 0 ? void 0 : _a.execute(url, requestInit, requestOptions);
        if (!response) {
            throw new Error("Response is undefined");
        }
        return response;
    }
}
//# sourceMappingURL=urlReplaceHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/options/chaosHandlerOptions.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
const ChaosHandlerOptionsKey = "ChaosHandlerOptionsKey";
//# sourceMappingURL=chaosHandlerOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/telemetryHandler.js
const TelemetryHandlerOptionsKey = "TelemetryHandlerOptionsKey";
class TelemetryHandler {
    constructor(telemetryHandlerOptions) {
        this.telemetryHandlerOptions = telemetryHandlerOptions;
    }
    execute(url, requestInit, requestOptions) {
        var _a;
        if ((_a = this.telemetryHandlerOptions) === null || _a === void 0 ? void 0 : _a.telemetryConfigurator) {
            this.telemetryHandlerOptions.telemetryConfigurator(url, requestInit, requestOptions, this.telemetryHandlerOptions.telemetryInformation);
        }
        else if (requestOptions === null || requestOptions === void 0 ? void 0 : requestOptions[TelemetryHandlerOptionsKey]) {
            requestOptions[TelemetryHandlerOptionsKey].telemetryConfigurator(url, requestInit, requestOptions);
        }
        if (!this.next) {
            throw new Error("Please set the next middleware to continue the request");
        }
        return this.next.execute(url, requestInit, requestOptions);
    }
}
//# sourceMappingURL=telemetryHandler.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/middlewares/middlewareFactory.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */









/**
 *
 * Class containing function(s) related to the middleware pipelines.
 */
class MiddlewareFactory {
    /**
     * @param customFetch - The custom fetch implementation
     * Returns the default middleware chain an array with the  middleware handlers
     * @returns an array of the middleware handlers of the default middleware chain
     */
    static getDefaultMiddlewares(customFetch = (...args) => fetch(...args)) {
        return [new RetryHandler(), new RedirectHandler(), new ParametersNameDecodingHandler(), new UserAgentHandler(), new HeadersInspectionHandler(), new BodyInspectionHandler(), new UrlReplaceHandler(), new CustomFetchHandler(customFetch)];
    }
    /**
     * @param customFetch - The custom fetch implementation
     * Returns the default middleware chain + performance middleware
     * @returns an array of the middleware handlers of the default + performance middleware chain
     */
    static getPerformanceMiddlewares(customFetch = (...args) => fetch(...args)) {
        const middlewares = MiddlewareFactory.getDefaultMiddlewares(customFetch);
        const bodyInspectionIndex = middlewares.findIndex((m) => m instanceof BodyInspectionHandler);
        const [bodyInspection] = middlewares.splice(bodyInspectionIndex, 1);
        const headersIndex = middlewares.findIndex((m) => m instanceof HeadersInspectionHandler);
        middlewares.splice(headersIndex, 0, bodyInspection, new CompressionHandler());
        return middlewares;
    }
}
//# sourceMappingURL=middlewareFactory.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/kiotaClientFactory.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */



/**
 *
 * Class containing function(s) related to the middleware pipelines.
 */
class KiotaClientFactory {
    /**
     * Returns an instance of HttpClient with the provided middlewares and custom fetch implementation both parameters are optional.
     * if not provided, the default fetch implementation and middlewares will be used.
     * @param customFetch - a Fetch API implementation
     * @param middlewares - an aray of Middleware handlers
     * If middlewares param is undefined, the httpClient instance will use the default array of middlewares.
     * Set middlewares to `null` if you do not wish to use middlewares.
     * If custom fetch is undefined, the httpClient instance uses the `DefaultFetchHandler`
     * @param authenticationProvider - an optional instance of BaseBearerTokenAuthenticationProvider to be used for authentication
     * @returns a HttpClient instance
     * @example
     * ```Typescript
     * // Example usage of KiotaClientFactory.create method with both customFetch and middlewares parameters provided
     *  KiotaClientFactory.create(customFetch, [middleware1, middleware2]);
     * ```
     * @example
     * ```Typescript
     * // Example usage of KiotaClientFactory.create method with only customFetch parameter provided
     * KiotaClientFactory.create(customFetch);
     * ```
     * @example
     * ```Typescript
     * // Example usage of KiotaClientFactory.create method with only middlewares parameter provided
     * KiotaClientFactory.create(undefined, [middleware1, middleware2]);
     * ```
     * @example
     * ```Typescript
     * // Example usage of KiotaClientFactory.create method with no parameters provided
     * KiotaClientFactory.create();
     * ```
     */
    static create(customFetch = (...args) => fetch(...args), middlewares, authenticationProvider) {
        const middleware = middlewares || MiddlewareFactory.getDefaultMiddlewares(customFetch);
        if (authenticationProvider) {
            middleware.unshift(new AuthorizationHandler(authenticationProvider));
        }
        return new HttpClient(customFetch, ...middleware);
    }
}
//# sourceMappingURL=kiotaClientFactory.js.map
;// CONCATENATED MODULE: ./node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/index.js
/**
 * -------------------------------------------------------------------------------------------
 * Copyright (c) Microsoft Corporation.  All Rights Reserved.  Licensed under the MIT License.
 * See License in the project root for license information.
 * -------------------------------------------------------------------------------------------
 */
/* eslint-disable @typescript-eslint/triple-slash-reference*/
/// <reference path= "../dom.shim.d.ts" />































//# sourceMappingURL=index.js.map

/***/ }),

/***/ 41382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ trace)
});

;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/version.mjs
//#region src/version.ts
const VERSION = "1.10.0";
//#endregion


//# sourceMappingURL=version.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/internal/semver.mjs

//#region src/internal/semver.ts
const re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
/**
* Create a function to test an API version to see if it is compatible with the provided ownVersion.
*
* The returned function has the following semantics:
* - Exact match is always compatible
* - Major versions must match exactly
*    - 1.x package cannot use global 2.x package
*    - 2.x package cannot use global 1.x package
* - The minor version of the API module requesting access to the global API must be less than or equal to the minor version of this API
*    - 1.3 package may use 1.4 global because the later global contains all functions 1.3 expects
*    - 1.4 package may NOT use 1.3 global because it may try to call functions which don't exist on 1.3
* - If the major version is 0, the minor version is treated as the major and the patch is treated as the minor
* - Patch and build tag differences are not considered at this time
*
* @param ownVersion version which should be checked against
*/
function _makeCompatibilityCheck(ownVersion) {
	const acceptedVersions = /* @__PURE__ */ new Set([ownVersion]);
	const rejectedVersions = /* @__PURE__ */ new Set();
	const myVersionMatch = ownVersion.match(re);
	if (!myVersionMatch) return () => false;
	const ownVersionParsed = {
		major: +myVersionMatch[1],
		minor: +myVersionMatch[2],
		patch: +myVersionMatch[3],
		prerelease: myVersionMatch[4]
	};
	if (ownVersionParsed.prerelease != null) return function isExactmatch(globalVersion) {
		return globalVersion === ownVersion;
	};
	function _reject(v) {
		rejectedVersions.add(v);
		return false;
	}
	function _accept(v) {
		acceptedVersions.add(v);
		return true;
	}
	return function isCompatible(globalVersion) {
		if (acceptedVersions.has(globalVersion)) return true;
		if (rejectedVersions.has(globalVersion)) return false;
		const globalVersionMatch = globalVersion.match(re);
		if (!globalVersionMatch) return _reject(globalVersion);
		const globalVersionParsed = {
			major: +globalVersionMatch[1],
			minor: +globalVersionMatch[2],
			patch: +globalVersionMatch[3],
			prerelease: globalVersionMatch[4]
		};
		if (globalVersionParsed.prerelease != null) return _reject(globalVersion);
		if (ownVersionParsed.major !== globalVersionParsed.major) return _reject(globalVersion);
		if (ownVersionParsed.major === 0) {
			if (ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch) return _accept(globalVersion);
			return _reject(globalVersion);
		}
		if (ownVersionParsed.minor <= globalVersionParsed.minor) return _accept(globalVersion);
		return _reject(globalVersion);
	};
}
/**
* Test an API version to see if it is compatible with this API.
*
* - Exact match is always compatible
* - Major versions must match exactly
*    - 1.x package cannot use global 2.x package
*    - 2.x package cannot use global 1.x package
* - The minor version of the API module requesting access to the global API must be less than or equal to the minor version of this API
*    - 1.3 package may use 1.4 global because the later global contains all functions 1.3 expects
*    - 1.4 package may NOT use 1.3 global because it may try to call functions which don't exist on 1.3
* - If the major version is 0, the minor version is treated as the major and the patch is treated as the minor
* - Patch and build tag differences are not considered at this time
*
* @param version version of the API requesting an instance of the global API
*/
const isCompatible = _makeCompatibilityCheck(VERSION);
//#endregion


//# sourceMappingURL=semver.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/internal/global-utils.mjs


//#region src/internal/global-utils.ts
const major = VERSION.split(".")[0];
const GLOBAL_OPENTELEMETRY_API_KEY = Symbol.for(`opentelemetry.js.api.${major}`);
const _global = typeof globalThis === "object" ? globalThis : typeof self === "object" ? self : typeof window === "object" ? window : typeof global === "object" ? global : {};
function _makeGlobalApi() {
	return Object.defineProperty({}, "version", {
		value: VERSION,
		enumerable: true,
		writable: false,
		configurable: false
	});
}
function registerGlobal(type, instance, diag, allowOverride = false) {
	var _global$GLOBAL_OPENTE;
	const api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
	if (!allowOverride && api[type]) {
		const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
		diag.error(err.stack || err.message);
		return false;
	}
	if (api.version !== "1.10.0") {
		const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${VERSION}`);
		diag.error(err.stack || err.message);
		return false;
	}
	api[type] = instance;
	diag.debug(`@opentelemetry/api: Registered a global for ${type} v${VERSION}.`);
	return true;
}
let _compatibleGlobalApi;
function getGlobal(type) {
	const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
	if (api == null) return;
	if (api !== _compatibleGlobalApi) {
		if (!api.version || !isCompatible(api.version)) return;
		_compatibleGlobalApi = api;
	}
	return api[type];
}
function unregisterGlobal(type, diag) {
	diag.debug(`@opentelemetry/api: Unregistering a global for ${type} v${VERSION}.`);
	const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
	if (api) delete api[type];
}
//#endregion


//# sourceMappingURL=global-utils.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/diag/ComponentLogger.mjs

//#region src/diag/ComponentLogger.ts
/**
* Component Logger which is meant to be used as part of any component which
* will add automatically additional namespace in front of the log message.
* It will then forward all message to global diag logger
* @example
* const cLogger = diag.createComponentLogger({ namespace: '@opentelemetry/instrumentation-http' });
* cLogger.debug('test');
* // @opentelemetry/instrumentation-http test
*/
var DiagComponentLogger = class {
	constructor(props) {
		this._namespace = props.namespace || "DiagComponentLogger";
	}
	debug(...args) {
		return logProxy("debug", this._namespace, args);
	}
	error(...args) {
		return logProxy("error", this._namespace, args);
	}
	info(...args) {
		return logProxy("info", this._namespace, args);
	}
	warn(...args) {
		return logProxy("warn", this._namespace, args);
	}
	verbose(...args) {
		return logProxy("verbose", this._namespace, args);
	}
};
function logProxy(funcName, namespace, args) {
	const logger = getGlobal("diag");
	if (!logger) return;
	return logger[funcName](namespace, ...args);
}
//#endregion


//# sourceMappingURL=ComponentLogger.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.mjs

//#region src/diag/internal/logLevelLogger.ts
function createLogLevelDiagLogger(maxLevel, logger) {
	if (maxLevel < 0) maxLevel = 0;
	else if (maxLevel > 9999) maxLevel = 9999;
	logger = logger || {};
	function _filterFunc(funcName, theLevel) {
		const theFunc = logger[funcName];
		if (typeof theFunc === "function" && maxLevel >= theLevel) return theFunc.bind(logger);
		return function() {};
	}
	return {
		error: _filterFunc("error", 30),
		warn: _filterFunc("warn", 50),
		info: _filterFunc("info", 60),
		debug: _filterFunc("debug", 70),
		verbose: _filterFunc("verbose", 80)
	};
}
//#endregion


//# sourceMappingURL=logLevelLogger.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/api/diag.mjs




//#region src/api/diag.ts
const API_NAME = "diag";
/**
* Singleton object which represents the entry point to the OpenTelemetry internal
* diagnostic API
*
* @since 1.0.0
*/
var DiagAPI = class DiagAPI {
	/** Get the singleton instance of the DiagAPI API */
	static instance() {
		if (!this._instance) this._instance = new DiagAPI();
		return this._instance;
	}
	/**
	* Private internal constructor
	* @private
	*/
	constructor() {
		function _logProxy(funcName) {
			return function(...args) {
				const logger = getGlobal("diag");
				if (!logger) return;
				return logger[funcName](...args);
			};
		}
		const self = this;
		const setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
			var _optionsOrLogLevel$lo;
			if (logger === self) {
				var _err$stack;
				const err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
				self.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message);
				return false;
			}
			if (typeof optionsOrLogLevel === "number") optionsOrLogLevel = { logLevel: optionsOrLogLevel };
			const oldLogger = getGlobal("diag");
			const newLogger = createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
			if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
				var _Error$stack;
				const stack = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
				oldLogger.warn(`Current logger will be overwritten from ${stack}`);
				newLogger.warn(`Current logger will overwrite one already registered from ${stack}`);
			}
			return registerGlobal("diag", newLogger, self, true);
		};
		self.setLogger = setLogger;
		self.disable = () => {
			unregisterGlobal(API_NAME, self);
		};
		self.createComponentLogger = (options) => {
			return new DiagComponentLogger(options);
		};
		self.verbose = _logProxy("verbose");
		self.debug = _logProxy("debug");
		self.info = _logProxy("info");
		self.warn = _logProxy("warn");
		self.error = _logProxy("error");
	}
};
//#endregion


//# sourceMappingURL=diag.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/context/context.mjs
//#region src/context/context.ts
/**
* Get a key to uniquely identify a context value
*
* @since 1.0.0
*/
function createContextKey(description) {
	return Symbol.for(description);
}
/**
* The root context is used as the default parent context when there is no active context
*
* @since 1.0.0
*/
const ROOT_CONTEXT = new class BaseContext {
	/**
	* Construct a new context which inherits values from an optional parent context.
	*
	* @param parentContext a context from which to inherit values
	*/
	constructor(parentContext) {
		const self = this;
		self._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map();
		self.getValue = (key) => self._currentContext.get(key);
		self.setValue = (key, value) => {
			const context = new BaseContext(self._currentContext);
			context._currentContext.set(key, value);
			return context;
		};
		self.deleteValue = (key) => {
			const context = new BaseContext(self._currentContext);
			context._currentContext.delete(key);
			return context;
		};
	}
}();
//#endregion


//# sourceMappingURL=context.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/context/NoopContextManager.mjs

//#region src/context/NoopContextManager.ts
var NoopContextManager = class {
	active() {
		return ROOT_CONTEXT;
	}
	with(_context, fn, thisArg, ...args) {
		return fn.call(thisArg, ...args);
	}
	bind(_context, target) {
		return target;
	}
	enable() {
		return this;
	}
	disable() {
		return this;
	}
	/** @experimental This API is experimental and may change in minor releases without prior notice. */
	attach(_context) {
		return { dispose() {} };
	}
};
//#endregion


//# sourceMappingURL=NoopContextManager.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/api/context.mjs



//#region src/api/context.ts
const context_API_NAME = "context";
const NOOP_CONTEXT_MANAGER = new NoopContextManager();
const NOOP_TOKEN = Object.freeze({ dispose: () => {} });
/**
* Singleton object which represents the entry point to the OpenTelemetry Context API
*
* @since 1.0.0
*/
var ContextAPI = class ContextAPI {
	/** Empty private constructor prevents end users from constructing a new instance of the API */
	constructor() {
		this._attachUnsupportedWarned = false;
	}
	/** Get the singleton instance of the Context API */
	static getInstance() {
		if (!this._instance) this._instance = new ContextAPI();
		return this._instance;
	}
	/**
	* Set the current context manager.
	*
	* @returns true if the context manager was successfully registered, else false
	*/
	setGlobalContextManager(contextManager) {
		return registerGlobal(context_API_NAME, contextManager, DiagAPI.instance());
	}
	/**
	* Get the currently active context
	*/
	active() {
		return this._getContextManager().active();
	}
	/**
	* Execute a function with an active context
	*
	* @param context context to be active during function execution
	* @param fn function to execute in a context
	* @param thisArg optional receiver to be used for calling fn
	* @param args optional arguments forwarded to fn
	*/
	with(context, fn, thisArg, ...args) {
		return this._getContextManager().with(context, fn, thisArg, ...args);
	}
	/**
	* Bind a context to a target function or event emitter
	*
	* @param context context to bind to the event emitter or function. Defaults to the currently active context
	* @param target function or event emitter to bind
	*/
	bind(context, target) {
		return this._getContextManager().bind(context, target);
	}
	/**
	* Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
	* {@link ContextManagementToken.dispose} restores the previous context.
	*
	* This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
	* restore context automatically. Use `attach` only to bridge callback
	* boundaries that `with` cannot wrap. Call `token.dispose()` when the
	* operation is done.
	*
	* **Caveat for async functions:** If called inside an async function before
	* the first `await`, the context change may leak into the caller's context
	* and remain active there. Prefer {@link with} for async code.
	*
	* Support is best-effort and varies by the active ContextManager (see
	* {@link ContextManager.attach}); if it does not implement `attach`, this logs
	* a warning and returns a no-op token.
	*
	* @param context The Context to attach
	* @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
	* @since 1.10.0
	* @experimental This API is experimental and may change in minor releases without prior notice.
	*/
	attach(context) {
		const contextManager = this._getContextManager();
		if (contextManager.attach) return contextManager.attach(context);
		if (!this._attachUnsupportedWarned) {
			this._attachUnsupportedWarned = true;
			DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.");
		}
		return NOOP_TOKEN;
	}
	_getContextManager() {
		return getGlobal(context_API_NAME) || NOOP_CONTEXT_MANAGER;
	}
	/** Disable and remove the global context manager */
	disable() {
		this._getContextManager().disable();
		unregisterGlobal(context_API_NAME, DiagAPI.instance());
	}
};
//#endregion


//# sourceMappingURL=context.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.mjs

//#region src/trace/invalid-span-constants.ts
/**
* @since 1.0.0
*/
const INVALID_SPANID = "0000000000000000";
/**
* @since 1.0.0
*/
const INVALID_TRACEID = "00000000000000000000000000000000";
/**
* @since 1.0.0
*/
const INVALID_SPAN_CONTEXT = {
	traceId: INVALID_TRACEID,
	spanId: INVALID_SPANID,
	traceFlags: 0
};
//#endregion


//# sourceMappingURL=invalid-span-constants.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.mjs

//#region src/trace/NonRecordingSpan.ts
/**
* The NonRecordingSpan is the default {@link Span} that is used when no Span
* implementation is available. All operations are no-op including context
* propagation.
*/
var NonRecordingSpan = class {
	constructor(spanContext = INVALID_SPAN_CONTEXT) {
		this._spanContext = spanContext;
	}
	spanContext() {
		return this._spanContext;
	}
	setAttribute(_key, _value) {
		return this;
	}
	setAttributes(_attributes) {
		return this;
	}
	addEvent(_name, _attributes) {
		return this;
	}
	addLink(_link) {
		return this;
	}
	addLinks(_links) {
		return this;
	}
	setStatus(_status) {
		return this;
	}
	updateName(_name) {
		return this;
	}
	end(_endTime) {}
	isRecording() {
		return false;
	}
	recordException(_exception, _time) {}
};
//#endregion


//# sourceMappingURL=NonRecordingSpan.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace/context-utils.mjs



//#region src/trace/context-utils.ts
/**
* span key
*/
const SPAN_KEY = createContextKey("OpenTelemetry Context Key SPAN");
/**
* Return the span if one exists
*
* @param context context to get span from
*/
function getSpan(context) {
	return context.getValue(SPAN_KEY) || void 0;
}
/**
* Gets the span from the current context, if one exists.
*/
function getActiveSpan() {
	return getSpan(ContextAPI.getInstance().active());
}
/**
* Set the span on a context
*
* @param context context to use as parent
* @param span span to set active
*/
function setSpan(context, span) {
	return context.setValue(SPAN_KEY, span);
}
/**
* Remove current span stored in the context
*
* @param context context to delete span from
*/
function deleteSpan(context) {
	return context.deleteValue(SPAN_KEY);
}
/**
* Wrap span context in a NoopSpan and set as span in a new
* context
*
* @param context context to set active span on
* @param spanContext span context to be wrapped
*/
function setSpanContext(context, spanContext) {
	return setSpan(context, new NonRecordingSpan(spanContext));
}
/**
* Get the span context of the span if it exists.
*
* @param context context to get values from
*/
function getSpanContext(context) {
	var _getSpan;
	return (_getSpan = getSpan(context)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
}
//#endregion


//# sourceMappingURL=context-utils.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace/spancontext-utils.mjs


//#region src/trace/spancontext-utils.ts
const isHex = new Uint8Array([
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	1,
	1,
	1,
	1,
	1,
	1,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	1,
	1,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	1,
	1
]);
function isValidHex(id, length) {
	if (typeof id !== "string" || id.length !== length) return false;
	let r = 0;
	for (let i = 0; i < id.length; i += 4) r += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
	return r === length;
}
/**
* @since 1.0.0
*/
function isValidTraceId(traceId) {
	return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
}
/**
* @since 1.0.0
*/
function isValidSpanId(spanId) {
	return isValidHex(spanId, 16) && spanId !== "0000000000000000";
}
/**
* Returns true if this {@link SpanContext} is valid.
* @return true if this {@link SpanContext} is valid.
*
* @since 1.0.0
*/
function isSpanContextValid(spanContext) {
	return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
}
/**
* Wrap the given {@link SpanContext} in a new non-recording {@link Span}
*
* @param spanContext span context to be wrapped
* @returns a new non-recording {@link Span} with the provided context
*/
function wrapSpanContext(spanContext) {
	return new NonRecordingSpan(spanContext);
}
//#endregion


//# sourceMappingURL=spancontext-utils.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace/NoopTracer.mjs




//#region src/trace/NoopTracer.ts
const contextApi = ContextAPI.getInstance();
/**
* No-op implementations of {@link Tracer}.
*/
var NoopTracer = class {
	startSpan(name, options, context = contextApi.active()) {
		if (Boolean(options === null || options === void 0 ? void 0 : options.root)) return new NonRecordingSpan();
		const parentFromContext = context && getSpanContext(context);
		if (isSpanContext(parentFromContext) && isSpanContextValid(parentFromContext)) return new NonRecordingSpan(parentFromContext);
		else return new NonRecordingSpan();
	}
	startActiveSpan(name, arg2, arg3, arg4) {
		var _ctx;
		let opts;
		let ctx;
		let fn;
		if (arguments.length < 2) return;
		else if (arguments.length === 2) fn = arg2;
		else if (arguments.length === 3) {
			opts = arg2;
			fn = arg3;
		} else {
			opts = arg2;
			ctx = arg3;
			fn = arg4;
		}
		const parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active();
		const span = this.startSpan(name, opts, parentContext);
		const contextWithSpanSet = setSpan(parentContext, span);
		return contextApi.with(contextWithSpanSet, fn, void 0, span);
	}
};
function isSpanContext(spanContext) {
	return spanContext !== null && typeof spanContext === "object" && "spanId" in spanContext && typeof spanContext["spanId"] === "string" && "traceId" in spanContext && typeof spanContext["traceId"] === "string" && "traceFlags" in spanContext && typeof spanContext["traceFlags"] === "number";
}
//#endregion


//# sourceMappingURL=NoopTracer.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace/ProxyTracer.mjs

//#region src/trace/ProxyTracer.ts
const NOOP_TRACER = new NoopTracer();
/**
* Proxy tracer provided by the proxy tracer provider
*
* @since 1.0.0
*/
var ProxyTracer = class {
	constructor(provider, name, version, options) {
		this._provider = provider;
		this.name = name;
		this.version = version;
		this.options = options;
	}
	startSpan(name, options, context) {
		return this._getTracer().startSpan(name, options, context);
	}
	startActiveSpan(_name, _options, _context, _fn) {
		const tracer = this._getTracer();
		return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
	}
	/**
	* Try to get a tracer from the proxy tracer provider.
	* If the proxy tracer provider has no delegate, return a noop tracer.
	*/
	_getTracer() {
		if (this._delegate) return this._delegate;
		const tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
		if (!tracer) return NOOP_TRACER;
		this._delegate = tracer;
		return this._delegate;
	}
};
//#endregion


//# sourceMappingURL=ProxyTracer.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.mjs

//#region src/trace/NoopTracerProvider.ts
/**
* An implementation of the {@link TracerProvider} which returns an impotent
* Tracer for all calls to `getTracer`.
*
* All operations are no-op.
*/
var NoopTracerProvider = class {
	getTracer(_name, _version, _options) {
		return new NoopTracer();
	}
};
//#endregion


//# sourceMappingURL=NoopTracerProvider.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.mjs


//#region src/trace/ProxyTracerProvider.ts
const NOOP_TRACER_PROVIDER = new NoopTracerProvider();
/**
* Tracer provider which provides {@link ProxyTracer}s.
*
* Before a delegate is set, tracers provided are NoOp.
*   When a delegate is set, traces are provided from the delegate.
*   When a delegate is set after tracers have already been provided,
*   all tracers already provided will use the provided delegate implementation.
*
* @deprecated This will be removed in the next major version.
* @since 1.0.0
*/
var ProxyTracerProvider = class {
	/**
	* Get a {@link ProxyTracer}
	*/
	getTracer(name, version, options) {
		var _this$getDelegateTrac;
		return (_this$getDelegateTrac = this.getDelegateTracer(name, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new ProxyTracer(this, name, version, options);
	}
	getDelegate() {
		var _this$_delegate;
		return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
	}
	/**
	* Set the delegate tracer provider
	*/
	setDelegate(delegate) {
		this._delegate = delegate;
	}
	getDelegateTracer(name, version, options) {
		var _this$_delegate2;
		return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name, version, options);
	}
};
//#endregion


//# sourceMappingURL=ProxyTracerProvider.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/api/trace.mjs





//#region src/api/trace.ts
const trace_API_NAME = "trace";
/**
* Singleton object which represents the entry point to the OpenTelemetry Tracing API
*
* @since 1.0.0
*/
var TraceAPI = class TraceAPI {
	/** Empty private constructor prevents end users from constructing a new instance of the API */
	constructor() {
		this._proxyTracerProvider = new ProxyTracerProvider();
		this.wrapSpanContext = wrapSpanContext;
		this.isSpanContextValid = isSpanContextValid;
		this.deleteSpan = deleteSpan;
		this.getSpan = getSpan;
		this.getActiveSpan = getActiveSpan;
		this.getSpanContext = getSpanContext;
		this.setSpan = setSpan;
		this.setSpanContext = setSpanContext;
	}
	/** Get the singleton instance of the Trace API */
	static getInstance() {
		if (!this._instance) this._instance = new TraceAPI();
		return this._instance;
	}
	/**
	* Set the current global tracer.
	*
	* @returns true if the tracer provider was successfully registered, else false
	*/
	setGlobalTracerProvider(provider) {
		const success = registerGlobal(trace_API_NAME, this._proxyTracerProvider, DiagAPI.instance());
		if (success) this._proxyTracerProvider.setDelegate(provider);
		return success;
	}
	/**
	* Returns the global tracer provider.
	*/
	getTracerProvider() {
		return getGlobal(trace_API_NAME) || this._proxyTracerProvider;
	}
	/**
	* Returns a tracer from the global tracer provider.
	*/
	getTracer(name, version) {
		return this.getTracerProvider().getTracer(name, version);
	}
	/** Remove the global tracer provider */
	disable() {
		unregisterGlobal(trace_API_NAME, DiagAPI.instance());
		this._proxyTracerProvider = new ProxyTracerProvider();
	}
};
//#endregion


//# sourceMappingURL=trace.mjs.map
;// CONCATENATED MODULE: ./node_modules/@opentelemetry/api/dist/trace-api.mjs

//#region src/trace-api.ts
/**
* Entrypoint for trace API
*
* @since 1.0.0
*/
const trace = TraceAPI.getInstance();
//#endregion


//# sourceMappingURL=trace-api.mjs.map

/***/ })

};

//# sourceMappingURL=403.index.js.map